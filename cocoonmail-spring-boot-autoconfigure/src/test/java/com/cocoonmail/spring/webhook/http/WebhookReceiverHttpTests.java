package com.cocoonmail.spring.webhook.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.webhook.CocoonmailWebhookEvent;
import com.cocoonmail.spring.webhook.CocoonmailWebhookType;
import com.cocoonmail.spring.webhook.RecordedWebhooks;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver's behaviour over real HTTP on a random loopback port; run by one subclass
 * per web stack (and per store). The application talks to the Cocoonmail emulator, so a
 * mail it sends is a send in its ledger that deliveries then update.
 *
 * @author Cocoonmail Team
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookReceiverHttpTests {

	static final String TOKEN = "Bearer whk_test_0123456789abcdef";

	static final int LIMIT = 1024 * 1024;

	private static final String SENDS_TOKEN = "sends-test-token";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

	private static final int CHUNK = 64 * 1024;

	private ConfigurableApplicationContext context;

	private HttpClient client;

	private URI uri;

	private RecordedWebhooks recorded;

	private BodyBytesRead bodyBytesRead;

	private CocoonmailEmulator emulator;

	abstract WebApplicationType webApplicationType();

	/**
	 * Return the configurations the application is started with besides
	 * {@link WebhookTestApplication}.
	 * @return the configurations, none by default
	 */
	Class<?>[] configurations() {
		return new Class<?>[0];
	}

	Map<String, Object> storeProperties() {
		return Map.of("cocoonmail.webhooks.store", "memory");
	}

	@BeforeAll
	void startApplication() {
		this.emulator = CocoonmailEmulator.builder().noRateLimit().start();
		Map<String, Object> properties = new java.util.HashMap<>(storeProperties());
		properties.put("cocoonmail.api-key", this.emulator.apiKey());
		properties.put("cocoonmail.base-url", this.emulator.baseUrl());
		properties.put("cocoonmail.sends.api.enabled", "true");
		properties.put("cocoonmail.sends.api.token", SENDS_TOKEN);
		properties.put("server.port", "0");
		properties.put("server.address", "127.0.0.1");
		properties.put("cocoonmail.webhooks.enabled", "true");
		properties.put("cocoonmail.webhooks.authorization[0]", TOKEN);
		properties.put("cocoonmail.webhooks.authorization[1]", "Bearer previous-token");
		properties.put("server.tomcat.max-swallow-size", "-1");
		this.context = new SpringApplicationBuilder(WebhookTestApplication.class).sources(configurations())
			.web(webApplicationType())
			.properties(properties)
			.run();
		this.uri = URI.create("http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port")
				+ "/cocoonmail/webhooks");
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		this.recorded = this.context.getBean(RecordedWebhooks.class);
		this.bodyBytesRead = this.context.getBean(BodyBytesRead.class);
	}

	@AfterAll
	void stopApplication() {
		this.context.close();
		this.emulator.close();
	}

	@BeforeEach
	void clear() {
		this.recorded.clear();
		this.bodyBytesRead.reset();
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	@Test
	void rightTokenPublishesOneEventWithTheHeadersAndTheRawBody() throws Exception {
		HttpResponse<String> response = send(delivery("email.opened", Instant.now().toString(), TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"link\":\"https://example.com\"}")));
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.recorded.events()).singleElement().satisfies((event) -> {
			assertThat(event.knownType()).isEqualTo(CocoonmailWebhookType.EMAIL_OPENED);
			assertThat(event.messageId()).isEqualTo("msg-1");
			assertThat(event.contactUuid()).isEqualTo("contact-1");
			assertThat(event.contactEmail()).isEqualTo("ada@example.com");
			assertThat(event.body()).isEqualTo("{\"link\":\"https://example.com\"}");
		});
	}

	@Test
	void previousTokenIsStillAcceptedForRotation() throws Exception {
		assertThat(post(delivery("email.sent", Instant.now().toString(), "Bearer previous-token")).statusCode())
			.isEqualTo(204);
		assertThat(this.recorded.events()).hasSize(1);
	}

	@Test
	void wrongMissingOrDifferentlySizedTokenIs401AndPublishesNothing() throws Exception {
		String now = Instant.now().toString();
		String sameLength = TOKEN.substring(0, TOKEN.length() - 1) + "0";
		for (String token : new String[] { sameLength, "Bearer short", TOKEN + "-longer", TOKEN.toLowerCase() }) {
			HttpResponse<String> response = post(delivery("email.sent", now, token));
			assertThat(response.statusCode()).as(token).isEqualTo(401);
			assertThat(response.body()).doesNotContain(TOKEN);
		}
		assertThat(post(delivery("email.sent", now, null)).statusCode()).isEqualTo(401);
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void repeatIsAnsweredWith2xxAndPublishedOnce() throws Exception {
		String now = Instant.now().toString();
		assertThat(post(delivery("email.clicked", now, TOKEN)).statusCode()).isEqualTo(204);
		assertThat(post(delivery("email.clicked", now, TOKEN)).statusCode()).isEqualTo(204);
		assertThat(post(delivery("email.clicked", now, TOKEN)).statusCode()).isEqualTo(204);
		assertThat(this.recorded.events()).hasSize(1);
	}

	@Test
	void staleDateTimeIsRefusedWith400() throws Exception {
		HttpResponse<String> response = post(delivery("email.sent",
				String.valueOf(Instant.now().minus(Duration.ofHours(1)).getEpochSecond()), TOKEN));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("more than the tolerance of PT5M");
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void garbledDateTimeIsRefusedWith400() throws Exception {
		HttpResponse<String> response = post(delivery("email.sent", "soon", TOKEN));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("x-cocoon-event-datetime is neither");
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void unknownTypeIsAcceptedAsUnknown() throws Exception {
		assertThat(post(delivery("sms.sent", Instant.now().toString(), TOKEN)).statusCode()).isEqualTo(204);
		assertThat(this.recorded.events()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("sms.sent");
			assertThat(event.knownType()).isEqualTo(CocoonmailWebhookType.UNKNOWN);
		});
	}

	@Test
	void tenMegabyteBodyWithContentLengthIsRefusedWith413WithoutReadingIt() throws Exception {
		HttpResponse<String> response = send(delivery("email.sent", Instant.now().toString(), TOKEN)
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[TEN_MEGABYTES])));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.bodyBytesRead.get()).isZero();
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void tenMegabyteChunkedBodyIsRefusedWith413AfterReadingAtMostTheLimitAndAChunk() throws Exception {
		Supplier<InputStream> tenMegabytes = () -> new ZeroStream(TEN_MEGABYTES);
		HttpResponse<String> response = send(delivery("email.sent", Instant.now().toString(), TOKEN)
			.POST(HttpRequest.BodyPublishers.ofInputStream(tenMegabytes)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.bodyBytesRead.get()).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + CHUNK);
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void bodyOfExactlyTheLimitIsAccepted() throws Exception {
		HttpResponse<String> response = send(delivery("email.sent", Instant.now().toString(), TOKEN)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(LIMIT))));
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.recorded.events()).singleElement()
			.satisfies((event) -> assertThat(event.body()).hasSize(LIMIT));
	}

	@Test
	void thousandConcurrentDeliveriesBecomeThousandEvents() {
		String now = Instant.now().toString();
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			HttpRequest request = delivery("email.opened", now, TOKEN)
				.setHeader("x-cocoon-email-message-id", "msg-" + i)
				.POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}"))
				.build();
			responses.add(this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
		}
		CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
		assertThat(responses).allSatisfy((response) -> assertThat(response.join().statusCode()).isEqualTo(204));
		List<CocoonmailWebhookEvent> events = this.recorded.events();
		Set<String> bodies = new HashSet<>();
		events.forEach((event) -> bodies.add(event.body()));
		assertThat(events).hasSize(1000);
		assertThat(bodies).hasSize(1000);
	}

	@Test
	void openedClickedAndBouncedDeliveriesUpdateTheSendsInTheLedger() throws Exception {
		SendMailResponse sent = this.context.getBean(CocoonmailOperations.class)
			.sendMail(SendMailRequest.builder()
				.transactionalId("welcome")
				.to("ada@example.com")
				.to("bob@example.com")
				.build())
			.block(TIMEOUT);
		String ada = messageId(sent, "ada@example.com");
		String bob = messageId(sent, "bob@example.com");
		Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
		assertThat(post(email("email.opened", ada, "contact-ada", t0.plusSeconds(20))).statusCode()).isEqualTo(204);
		assertThat(post(email("email.opened", ada, "contact-ada", t0.plusSeconds(10))).statusCode()).isEqualTo(204);
		assertThat(post(email("email.clicked", ada, "contact-ada", t0.plusSeconds(30))).statusCode()).isEqualTo(204);
		assertThat(post(email("email.bounced", bob, "contact-bob", t0.plusSeconds(5))).statusCode()).isEqualTo(204);
		Map<String, Object> opened = ledgerSend(ada);
		assertThat(opened).containsEntry("email", "ada@example.com")
			.containsEntry("subscriber_uuid", "contact-ada")
			.containsEntry("open_count", 2)
			.containsEntry("click_count", 1)
			.containsEntry("failed_at", null)
			.containsEntry("failure_reason", null);
		assertThat(instants(opened, "first_opened_at", "last_opened_at", "first_clicked_at", "last_clicked_at",
				"delivered_at"))
			.containsExactly(t0.plusSeconds(10), t0.plusSeconds(20), t0.plusSeconds(30), t0.plusSeconds(30),
					t0.plusSeconds(20));
		Map<String, Object> bounced = ledgerSend(bob);
		assertThat(bounced).containsEntry("email", "bob@example.com")
			.containsEntry("subscriber_uuid", "contact-bob")
			.containsEntry("open_count", 0)
			.containsEntry("click_count", 0)
			.containsEntry("failure_reason", "Bounced (reported by Cocoonmail's email.bounced webhook)");
		assertThat(instants(bounced, "failed_at", "bounced_at")).containsExactly(t0.plusSeconds(5), t0.plusSeconds(5));
	}

	private static String messageId(@Nullable SendMailResponse sent, String to) {
		assertThat(sent).isNotNull();
		return sent.report()
			.stream()
			.filter((report) -> to.equals(report.to()))
			.map(MessageReport::messageId)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

	private HttpRequest.Builder email(String type, String messageId, String contactUuid, Instant at) {
		return delivery(type, at.toString(), TOKEN).setHeader("x-cocoon-email-message-id", messageId)
			.setHeader("x-cocoon-contact-uuid", contactUuid);
	}

	/**
	 * Find the send of a message through the sends API, then read it by its uuid.
	 * @param messageId the transport message id
	 * @return the {@code data} of {@code GET /api/sends/{uuid}}
	 */
	private Map<String, Object> ledgerSend(String messageId) {
		WebTestClient api = WebTestClient.bindToServer()
			.baseUrl(this.uri.resolve("/api/sends").toString())
			.defaultHeader("Authorization", "Bearer " + SENDS_TOKEN)
			.build();
		Map<String, Object> found = getJson(api, "?filter[transport_message_id]={id}", messageId);
		assertThat(found).extractingByKey("data").asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
		String uuid = (String) ((Map<?, ?>) ((List<?>) found.get("data")).get(0)).get("uuid");
		@SuppressWarnings("unchecked")
		Map<String, Object> send = (Map<String, Object>) getJson(api, "/{uuid}", uuid).get("data");
		assertThat(send).containsEntry("uuid", uuid).containsEntry("transport_message_id", messageId);
		return send;
	}

	private static Map<String, Object> getJson(WebTestClient api, String uri, String variable) {
		Map<String, Object> body = api.get()
			.uri(uri, variable)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	private static List<Instant> instants(Map<String, Object> send, String... names) {
		return java.util.Arrays.stream(names).map((name) -> Instant.parse((String) send.get(name))).toList();
	}

	HttpResponse<String> post(HttpRequest.Builder request) throws IOException, InterruptedException {
		return send(request.POST(HttpRequest.BodyPublishers.ofString("{}")));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder delivery(String type, String dateTime, @Nullable String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("x-cocoon-event-type", type)
			.header("x-cocoon-event-datetime", dateTime)
			.header("x-cocoon-email-message-id", "msg-1")
			.header("x-cocoon-contact-uuid", "contact-1")
			.header("x-cocoon-contact-email", "ada@example.com");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	/**
	 * A stream of zeros of a given length, produced as it is read.
	 */
	private static final class ZeroStream extends InputStream {

		private long remaining;

		ZeroStream(long length) {
			this.remaining = length;
		}

		@Override
		public int read() {
			if (this.remaining == 0) {
				return -1;
			}
			this.remaining--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.remaining == 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.remaining);
			java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
			this.remaining -= count;
			return count;
		}

	}

}
