package com.cocoonmail.spring.sends;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SendStore} does, run on each store by a subclass.
 *
 * @author Cocoonmail Team
 */
abstract class SendStoreContractTests {

	static final Instant T0 = Instant.parse("2026-03-20T10:15:30.123456Z");

	private SendStore store;

	/**
	 * Return an empty store.
	 * @return the store
	 */
	abstract SendStore createStore();

	@BeforeEach
	void prepareStore() {
		this.store = createStore();
	}

	static Send send(int second, String email) {
		return Send.builder("send-" + String.format("%03d", second), "log-" + (second / 10), T0.plusSeconds(second))
			.email(email)
			.transactionalId((second % 2 == 0) ? "welcome" : "reset")
			.transportMessageId("message-" + second)
			.sentAt(T0.plusSeconds(second))
			.build();
	}

	private List<Send> addThirty() {
		List<Send> sends = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			sends.add(send(i, (i % 3 == 0) ? "ada@example.com" : "bob@example.com"));
		}
		this.store.add(sends);
		return sends;
	}

	private static List<String> uuids(SendPage page) {
		return page.sends().stream().map(Send::uuid).toList();
	}

	@Test
	void keepsEveryFieldOfASend() {
		Send send = Send.builder("full", "log", T0)
			.email("ada@example.com")
			.transactionalId("welcome")
			.transportMessageId("message")
			.subscriberUuid("contact")
			.sentAt(T0.plusMillis(1))
			.failed(T0.plusSeconds(2), "Bounced")
			.opens(3, T0.plusSeconds(3), T0.plusSeconds(4))
			.clicks(2, T0.plusSeconds(5), T0.plusSeconds(6))
			.deliveredAt(T0.plusSeconds(7))
			.bouncedAt(T0.plusSeconds(8))
			.updatedAt(T0.plusSeconds(9))
			.build();
		this.store.add(List.of(send));
		assertThat(this.store.find("full")).contains(send);
	}

	@Test
	void findsNothingForAnUnknownUuid() {
		assertThat(this.store.find("nope")).isEmpty();
	}

	@Test
	void listsNewestFirstByDefaultWithTheTotal() {
		addThirty();
		SendPage page = this.store.list(SendQuery.all());
		assertThat(page.total()).isEqualTo(30);
		assertThat(page.lastPage()).isEqualTo(2);
		assertThat(uuids(page)).hasSize(15).startsWith("send-029", "send-028").endsWith("send-015");
		assertThat(page.from()).isEqualTo(1);
		assertThat(page.to()).isEqualTo(15);
	}

	@Test
	void listsOldestFirstWhenSortedBySentAt() {
		addThirty();
		SendPage page = this.store.list(SendQuery.builder().sort(SendSort.OLDEST_FIRST).perPage(4).build());
		assertThat(uuids(page)).containsExactly("send-000", "send-001", "send-002", "send-003");
	}

	@Test
	void listsTheFirstMiddleLastAndPastTheLastPage() {
		addThirty();
		SendQuery.Builder query = SendQuery.builder().sort(SendSort.OLDEST_FIRST).perPage(7);
		assertThat(uuids(this.store.list(query.page(1).build()))).first().isEqualTo("send-000");
		SendPage middle = this.store.list(query.page(3).build());
		assertThat(uuids(middle)).containsExactly("send-014", "send-015", "send-016", "send-017", "send-018",
				"send-019", "send-020");
		assertThat(middle.from()).isEqualTo(15);
		assertThat(middle.to()).isEqualTo(21);
		SendPage last = this.store.list(query.page(5).build());
		assertThat(uuids(last)).containsExactly("send-028", "send-029");
		assertThat(last.lastPage()).isEqualTo(5);
		SendPage past = this.store.list(query.page(6).build());
		assertThat(past.sends()).isEmpty();
		assertThat(past.total()).isEqualTo(30);
		assertThat(past.from()).isNull();
	}

	@Test
	void everyPageOfBothSortsListsEachMatchingSendOnceInOrder() {
		List<Send> sends = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			Instant listedAt = T0.plusSeconds(i / 3);
			sends.add(Send.builder(String.format("tie-%02d", (i * 7) % 23), "log", listedAt)
				.email((i % 4 != 0) ? "ada@example.com" : "bob@example.com")
				.sentAt(listedAt)
				.build());
		}
		this.store.add(sends);
		List<String> oldestFirst = sends.stream()
			.filter((send) -> "ada@example.com".equals(send.email()))
			.sorted(Comparator.comparing(Send::listedAt).thenComparing(Send::uuid))
			.map(Send::uuid)
			.toList();
		List<String> newestFirst = new ArrayList<>(oldestFirst);
		Collections.reverse(newestFirst);
		assertThat(allPages(SendSort.OLDEST_FIRST)).isEqualTo(oldestFirst);
		assertThat(allPages(SendSort.NEWEST_FIRST)).isEqualTo(newestFirst);
	}

	private List<String> allPages(SendSort sort) {
		List<String> listed = new ArrayList<>();
		SendQuery.Builder query = SendQuery.builder().filter(SendFilter.EMAIL, "ada@example.com").sort(sort).perPage(4);
		for (int page = 1; page <= 5; page++) {
			SendPage sendPage = this.store.list(query.page(page).build());
			assertThat(sendPage.total()).isEqualTo(17);
			listed.addAll(uuids(sendPage));
		}
		return listed;
	}

	@Test
	void filtersByEmailWithoutRegardToCase() {
		addThirty();
		SendPage page = this.store.list(SendQuery.builder().filter(SendFilter.EMAIL, "ADA@example.com").build());
		assertThat(page.total()).isEqualTo(10);
		assertThat(page.sends()).allSatisfy((send) -> assertThat(send.email()).isEqualTo("ada@example.com"));
	}

	@Test
	void filtersByTransactionalId() {
		addThirty();
		SendPage page = this.store.list(SendQuery.builder().filter(SendFilter.TRANSACTIONAL_ID, "reset").build());
		assertThat(page.total()).isEqualTo(15);
		assertThat(page.sends()).allSatisfy((send) -> assertThat(send.transactionalId()).isEqualTo("reset"));
	}

	@Test
	void filtersByTransportMessageId() {
		addThirty();
		SendPage page = this.store
			.list(SendQuery.builder().filter(SendFilter.TRANSPORT_MESSAGE_ID, "message-7").build());
		assertThat(uuids(page)).containsExactly("send-007");
	}

	@Test
	void filtersByTransactionalMailLogItemUuid() {
		addThirty();
		SendPage page = this.store.list(SendQuery.builder()
			.filter(SendFilter.TRANSACTIONAL_MAIL_LOG_ITEM_UUID, "log-1")
			.sort(SendSort.OLDEST_FIRST)
			.build());
		assertThat(uuids(page)).hasSize(10).first().isEqualTo("send-010");
	}

	@Test
	void filtersBySubscriberUuid() {
		addThirty();
		this.store.update("send-004", (send) -> send.toBuilder().subscriberUuid("contact-1").build());
		SendPage page = this.store.list(SendQuery.builder().filter(SendFilter.SUBSCRIBER_UUID, "contact-1").build());
		assertThat(uuids(page)).containsExactly("send-004");
	}

	@Test
	void filtersByCampaignAndAutomationMatchNothing() {
		addThirty();
		assertThat(this.store.list(SendQuery.builder().filter(SendFilter.CAMPAIGN_UUID, "c").build()).total()).isZero();
		assertThat(this.store.list(SendQuery.builder().filter(SendFilter.AUTOMATION_MAIL_UUID, "a").build()).total())
			.isZero();
	}

	@Test
	void filtersCombineAndAcceptSeveralValues() {
		addThirty();
		SendPage page = this.store.list(SendQuery.builder()
			.filter(SendFilter.EMAIL, "ada@example.com")
			.filter(SendFilter.TRANSPORT_MESSAGE_ID, "message-3", "message-6", "message-7")
			.sort(SendSort.OLDEST_FIRST)
			.build());
		assertThat(uuids(page)).containsExactly("send-003", "send-006");
	}

	@Test
	void updatesASend() {
		addThirty();
		assertThat(this.store.update("send-001", (send) -> send.toBuilder().opens(1, T0, T0).build()))
			.hasValueSatisfying((send) -> assertThat(send.openCount()).isOne());
		assertThat(this.store.find("send-001")).hasValueSatisfying((send) -> assertThat(send.openCount()).isOne());
		assertThat(this.store.update("nope", (send) -> send)).isEmpty();
	}

	@Test
	void concurrentUpdatesLoseNothing() throws Exception {
		addThirty();
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> updates = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				updates.add(executor.submit(() -> this.store.updateByTransportMessageId("message-5",
						(send) -> send.toBuilder().clicks(send.clickCount() + 1, null, null).build())));
			}
			for (Future<Integer> update : updates) {
				assertThat(update.get(10, TimeUnit.SECONDS)).isOne();
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.store.find("send-005"))
			.hasValueSatisfying((send) -> assertThat(send.clickCount()).isEqualTo(40));
	}

	@Test
	void deletesASend() {
		addThirty();
		assertThat(this.store.delete("send-003")).isTrue();
		assertThat(this.store.find("send-003")).isEmpty();
		assertThat(this.store.delete("send-003")).isFalse();
		assertThat(this.store.list(SendQuery.all()).total()).isEqualTo(29);
	}

	@Test
	void deletesTheSendsRecordedBeforeACutoff() {
		addThirty();
		assertThat(this.store.deleteCreatedBefore(T0.plus(Duration.ofSeconds(10)))).isEqualTo(10);
		assertThat(this.store.list(SendQuery.builder().sort(SendSort.OLDEST_FIRST).build()).sends()).first()
			.satisfies((send) -> assertThat(send.uuid()).isEqualTo("send-010"));
	}

	@Test
	void listsAFailedSendByWhenItFailed() {
		addThirty();
		Send failed = Send.builder("failed", "log-x", T0.plusSeconds(100))
			.email("ada@example.com")
			.failed(T0.plusSeconds(100), "Cocoonmail answered 400")
			.build();
		this.store.add(List.of(failed));
		assertThat(this.store.list(SendQuery.all()).sends()).first().isEqualTo(failed);
	}

}
