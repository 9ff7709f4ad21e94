package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.cocoonmail.spring.client.ArrivalRecordingDispatcher;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behaviour every {@link BudgetStore} must show: three clients with separate pacers
 * sharing one budget key, against one server that records arrival times.
 *
 * @author Cocoonmail Team
 */
abstract class AbstractSharedBudgetTests {

	static final Duration ONE_SECOND = Duration.ofSeconds(1);

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	final String key = SharedBudgetKey.PREFIX + "test-" + UUID.randomUUID();

	/**
	 * Return a new store for the budget, as a separate instance of an application would
	 * have it.
	 * @param key the budget's name
	 * @return the store
	 */
	abstract BudgetStore newStore(String key);

	/**
	 * Whether the store holds a pause in force for the budget.
	 * @param key the budget's name
	 * @return whether a pause is recorded
	 */
	abstract boolean pauseRecorded(String key);

	@Test
	void threeClientsSharingOneKeyNeverExceedTheLimitInAnySlidingSecond() {
		ArrivalRecordingDispatcher dispatcher = ArrivalRecordingDispatcher.alwaysOk();
		this.cocoonmail.dispatchWith(dispatcher);
		List<CocoonmailClient> clients = List.of(client(pacer()), client(pacer()), client(pacer()));
		List<String> results = Flux.range(0, 36)
			.flatMap((index) -> clients.get(index % 3).getMailStatus("message-" + index).thenReturn("done"), 36)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(36);
		assertThat(dispatcher.arrivals()).hasSize(36);
		assertThat(dispatcher.maxInAnyWindow(ONE_SECOND)).isLessThanOrEqualTo(10);
	}

	@Test
	void rateLimitedAnswerToOneClientPausesTheOthers() throws InterruptedException {
		ArrivalRecordingDispatcher dispatcher = new ArrivalRecordingDispatcher((index) -> (index == 0)
				? new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("{}").build()
				: ArrivalRecordingDispatcher.json(200, "{\"success\":true,\"data\":{}}"));
		this.cocoonmail.dispatchWith(dispatcher);
		PauseRecorder pauses = new PauseRecorder();
		CocoonmailClient first = client(pacer(pauses));
		List<CocoonmailClient> others = List.of(client(pacer()), client(pacer()));
		first.getMailStatus("first").subscribe();
		assertThat(pauses.rateLimited.await(10, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> pauseRecorded(this.key));
		List<String> results = Flux.range(0, 6)
			.flatMap((index) -> others.get(index % 2).getMailStatus("message-" + index).thenReturn("done"))
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(6);
		await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.arrivals().size() == 8);
		List<Long> arrivals = dispatcher.arrivals();
		arrivals.subList(1, arrivals.size())
			.forEach((arrival) -> assertThat(arrival - pauses.pausedAt.get())
				.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
	}

	SharedBudgetPacer pacer() {
		return pacer(CocoonmailPacingListener.NONE);
	}

	SharedBudgetPacer pacer(CocoonmailPacingListener listener) {
		return SharedBudgetPacer.builder(newStore(this.key), 10)
			.timeout(Duration.ofSeconds(30))
			.storeTimeout(Duration.ofSeconds(5))
			.instances(3)
			.pacingListener(listener)
			.build();
	}

	CocoonmailClient client(SharedBudgetPacer pacer) {
		return this.cocoonmail.clientBuilder()
			.retryPolicy(new CocoonmailRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), false))
			.pacer(pacer)
			.build();
	}

	static class PauseRecorder implements CocoonmailPacingListener {

		final AtomicLong pausedAt = new AtomicLong();

		final CountDownLatch rateLimited = new CountDownLatch(1);

		@Override
		public void rateLimited(Duration pause, @Nullable Duration retryAfter) {
			this.pausedAt.set(System.nanoTime());
			this.rateLimited.countDown();
		}

	}

}
