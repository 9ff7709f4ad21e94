package com.cocoonmail.spring.sends;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The sends HTTP API as Mailcoach's sends document describes it, run on a WebFlux and on
 * a servlet application by a subclass.
 *
 * @author Cocoonmail Team
 */
abstract class SendsHttpApiContractTests {

	static final String TOKEN = "sends-test-token";

	static final String BASE_URL = "http://localhost:8080";

	static final String PATH = BASE_URL + "/api/sends";

	/**
	 * Start an application serving the API with {@link #TOKEN}, run the test with a
	 * client bound to it and the application's store, and close it.
	 * @param test the test
	 */
	abstract void run(BiConsumer<WebTestClient, SendStore> test);

	private static WebTestClient.RequestHeadersSpec<?> get(WebTestClient client, String uri) {
		return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN);
	}

	private static void addThirty(SendStore store) {
		List<Send> sends = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			sends.add(SendStoreContractTests.send(i, (i % 3 == 0) ? "ada@example.com" : "bob@example.com"));
		}
		store.add(sends);
	}

	@Test
	void listsSendsNewestFirstInMailcoachsEnvelope() {
		run((client, store) -> {
			store.add(List.of(SendStoreContractTests.send(1, "ada@example.com"),
					SendStoreContractTests.send(2, "bob@example.com"),
					SendStoreContractTests.send(3, "c@example.com")));
			get(client, "/api/sends").exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith("application/json")
				.expectBody()
				.json("""
						{"data": [
						  {"uuid": "send-003", "transport_message_id": "message-3", "campaign_uuid": null,
						   "automation_mail_uuid": null, "transactional_mail_log_item_uuid": "log-0",
						   "subscriber_uuid": null, "sent_at": "2026-03-20T10:15:33.123456Z", "failed_at": null,
						   "failure_reason": null, "open_count": 0, "click_count": 0,
						   "created_at": "2026-03-20T10:15:33.123456Z", "updated_at": "2026-03-20T10:15:33.123456Z",
						   "email": "c@example.com", "transactional_id": "reset", "delivered_at": null,
						   "bounced_at": null, "first_opened_at": null, "last_opened_at": null,
						   "first_clicked_at": null, "last_clicked_at": null},
						  {"uuid": "send-002"}, {"uuid": "send-001"}],
						 "links": {"first": "http://localhost:8080/api/sends?page=1",
						   "last": "http://localhost:8080/api/sends?page=1", "prev": null, "next": null},
						 "meta": {"current_page": 1, "from": 1, "last_page": 1,
						   "links": [{"url": null, "label": "&laquo; Previous", "active": false},
						     {"url": "http://localhost:8080/api/sends?page=1", "label": "1", "active": true},
						     {"url": null, "label": "Next &raquo;", "active": false}],
						   "path": "http://localhost:8080/api/sends", "per_page": 15, "to": 3, "total": 3}}
						""", JsonCompareMode.LENIENT)
				.jsonPath("$.data[0].length()")
				.isEqualTo(21);
		});
	}

	@Test
	void sortsOldestFirstWhenAsked() {
		run((client, store) -> {
			addThirty(store);
			get(client, "/api/sends?sort=sent_at&per_page=2").exchange()
				.expectBody()
				.jsonPath("$.data[*].uuid")
				.isEqualTo(List.of("send-000", "send-001"));
			get(client, "/api/sends?sort=-sent_at&per_page=2").exchange()
				.expectBody()
				.jsonPath("$.data[*].uuid")
				.isEqualTo(List.of("send-029", "send-028"));
		});
	}

	@Test
	void pagesFromTheFirstToPastTheLast() {
		run((client, store) -> {
			addThirty(store);
			get(client, "/api/sends?sort=sent_at&per_page=7").exchange()
				.expectBody()
				.jsonPath("$.meta.current_page")
				.isEqualTo(1)
				.jsonPath("$.meta.last_page")
				.isEqualTo(5)
				.jsonPath("$.meta.total")
				.isEqualTo(30)
				.jsonPath("$.links.prev")
				.isEmpty()
				.jsonPath("$.links.next")
				.isEqualTo(PATH + "?sort=sent_at&per_page=7&page=2")
				.jsonPath("$.data[0].uuid")
				.isEqualTo("send-000");
			get(client, "/api/sends?sort=sent_at&per_page=7&page=3").exchange()
				.expectBody()
				.jsonPath("$.meta.from")
				.isEqualTo(15)
				.jsonPath("$.meta.to")
				.isEqualTo(21)
				.jsonPath("$.links.prev")
				.isEqualTo(PATH + "?sort=sent_at&per_page=7&page=2")
				.jsonPath("$.links.next")
				.isEqualTo(PATH + "?sort=sent_at&per_page=7&page=4")
				.jsonPath("$.meta.links[3].active")
				.isEqualTo(true)
				.jsonPath("$.meta.links[3].label")
				.isEqualTo("3")
				.jsonPath("$.data[0].uuid")
				.isEqualTo("send-014");
			get(client, "/api/sends?sort=sent_at&per_page=7&page=5").exchange()
				.expectBody()
				.jsonPath("$.data[*].uuid")
				.isEqualTo(List.of("send-028", "send-029"))
				.jsonPath("$.links.next")
				.isEmpty()
				.jsonPath("$.links.last")
				.isEqualTo(PATH + "?sort=sent_at&per_page=7&page=5")
				.jsonPath("$.meta.links.length()")
				.isEqualTo(7);
			get(client, "/api/sends?sort=sent_at&per_page=7&page=9").exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.length()")
				.isEqualTo(0)
				.jsonPath("$.meta.from")
				.isEmpty()
				.jsonPath("$.meta.to")
				.isEmpty()
				.jsonPath("$.meta.current_page")
				.isEqualTo(9)
				.jsonPath("$.links.prev")
				.isEqualTo(PATH + "?sort=sent_at&per_page=7&page=8")
				.jsonPath("$.links.next")
				.isEmpty();
		});
	}

	@Test
	void manyPagesAreLinkedThroughAWindowWithGaps() {
		run((client, store) -> {
			addThirty(store);
			get(client, "/api/sends?per_page=1&page=15").exchange()
				.expectBody()
				.jsonPath("$.meta.links[*].label")
				.isEqualTo(List.of("&laquo; Previous", "1", "2", "...", "12", "13", "14", "15", "16", "17", "18", "...",
						"29", "30", "Next &raquo;"));
		});
	}

	@Test
	void linksKeepTheOtherQueryParameters() {
		run((client, store) -> {
			addThirty(store);
			get(client, "/api/sends?filter[email]=ada@example.com&per_page=2&page=2&utm=a b").exchange()
				.expectBody()
				.jsonPath("$.meta.total")
				.isEqualTo(10)
				.jsonPath("$.links.next")
				.isEqualTo(PATH + "?filter%5Bemail%5D=ada%40example.com&per_page=2&utm=a%20b&page=3")
				.jsonPath("$.meta.path")
				.isEqualTo(PATH);
		});
	}

	@Test
	void filtersByEveryAllowedFilter() {
		run((client, store) -> {
			addThirty(store);
			store.update("send-004", (send) -> send.toBuilder().subscriberUuid("contact-4").build());
			expectTotal(client, "filter[email]=BOB@example.com", 20);
			expectTotal(client, "filter[transactional_id]=welcome", 15);
			expectTotal(client, "filter[transport_message_id]=message-7,message-8", 2);
			expectTotal(client, "filter[transactional_mail_log_item_uuid]=log-2", 10);
			expectTotal(client, "filter[subscriber_uuid]=contact-4", 1);
			expectTotal(client, "filter[campaign_uuid]=any", 0);
			expectTotal(client, "filter[automation_mail_uuid]=any", 0);
			expectTotal(client, "filter[email]=ada@example.com&filter[transactional_id]=welcome", 5);
		});
	}

	private static void expectTotal(WebTestClient client, String query, int total) {
		get(client, "/api/sends?" + query).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.meta.total")
			.isEqualTo(total);
	}

	@Test
	void getsOneSendAsData() {
		run((client, store) -> {
			addThirty(store);
			get(client, "/api/sends/send-007").exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.uuid")
				.isEqualTo("send-007")
				.jsonPath("$.data.transport_message_id")
				.isEqualTo("message-7")
				.jsonPath("$.links")
				.doesNotExist();
		});
	}

	@Test
	void answers404ForAnUnknownSend() {
		run((client, store) -> get(client, "/api/sends/nope").exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.json("{\"message\": \"No query results for model [Send] nope\"}", JsonCompareMode.STRICT));
	}

	@Test
	void deletesASendWith204AndAnEmptyBodyAndThenAnswers404() {
		run((client, store) -> {
			addThirty(store);
			client.delete()
				.uri("/api/sends/send-007")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
				.exchange()
				.expectStatus()
				.isNoContent()
				.expectBody()
				.isEmpty();
			get(client, "/api/sends/send-007").exchange().expectStatus().isNotFound();
			client.delete()
				.uri("/api/sends/send-007")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
				.exchange()
				.expectStatus()
				.isNotFound();
		});
	}

	@Test
	void answers401WithoutOrWithAWrongToken() {
		run((client, store) -> {
			addThirty(store);
			for (String uri : List.of("/api/sends", "/api/sends/send-001")) {
				client.get()
					.uri(uri)
					.exchange()
					.expectStatus()
					.isUnauthorized()
					.expectBody()
					.json("{\"message\": \"Unauthorized.\"}", JsonCompareMode.STRICT);
				client.get()
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN + "x")
					.exchange()
					.expectStatus()
					.isUnauthorized();
				client.get()
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Basic " + TOKEN)
					.exchange()
					.expectStatus()
					.isUnauthorized();
			}
			client.delete()
				.uri("/api/sends/send-001")
				.header(HttpHeaders.AUTHORIZATION, "Bearer wrong")
				.exchange()
				.expectStatus()
				.isUnauthorized();
			get(client, "/api/sends/send-001").exchange().expectStatus().isOk();
		});
	}

	@Test
	void answers400NamingTheAllowedFilters() {
		run((client, store) -> expectBadRequest(client, "filter[nope]=1",
				"Requested filter(s) `nope` are not allowed. Allowed filter(s) are `subscriber_uuid, campaign_uuid, "
						+ "automation_mail_uuid, transactional_mail_log_item_uuid, email, transactional_id, "
						+ "transport_message_id`."));
	}

	@Test
	void answers400NamingTheAllowedSorts() {
		run((client, store) -> expectBadRequest(client, "sort=email",
				"Requested sort(s) `email` is not allowed. Allowed sort(s) are `sent_at`."));
	}

	@Test
	void answers400ForABadPageOrPageSize() {
		run((client, store) -> {
			expectBadRequest(client, "page=0", "The page parameter must be a whole number at least 1, not '0'.");
			expectBadRequest(client, "page=two", "The page parameter must be a whole number at least 1, not 'two'.");
			expectBadRequest(client, "per_page=1001",
					"The per_page parameter must be a whole number between 1 and 1000, not '1001'.");
		});
	}

	private static void expectBadRequest(WebTestClient client, String query, String message) {
		get(client, "/api/sends?" + query).exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_REQUEST)
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo(message);
	}

}
