package com.cocoonmail.emulator;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CocoonmailEmulator} over HTTP.
 *
 * @author Cocoonmail Team
 */
class CocoonmailEmulatorTests {

	private static final String MAIL = "{\"transactional_id\":\"welcome\",\"to\":[{\"email\":\"ada@example.com\"},"
			+ "{\"email\":\"bob@example.com\"}],\"custom_parameter\":{\"name\":\"Ada\"}}";

	private CocoonmailEmulator emulator = CocoonmailEmulator.start();

	private Http http = new Http(this.emulator.baseUrl());

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void sendMailAnswersAReportWhoseMessageIdsHaveAStatus() {
		HttpResponse<String> sent = this.http.post("/webhook/mail/send", MAIL);
		assertThat(sent.statusCode()).isEqualTo(201);
		Map<String, Object> body = EmulatorJson.readObject(sent.body());
		assertThat(body).containsEntry("success", true).containsEntry("failed_recipients", List.of());
		List<?> report = (List<?>) body.get("report");
		assertThat(report).hasSize(2);
		String messageId = EmulatorJson.text(EmulatorJson.map(report.get(1)), "message_id");
		HttpResponse<String> status = this.http.get("/webhook/mail/status?message_id=" + messageId);
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(EmulatorJson.map(EmulatorJson.readObject(status.body()).get("data")))
			.containsEntry("x_message_id", messageId)
			.containsEntry("email", "bob@example.com")
			.containsEntry("transactional_mail_id", "welcome")
			.containsEntry("delivered", true);
		assertThat(this.emulator.cocoonmail().mails()).singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("custom_parameter", Map.of("name", "Ada")));
	}

	@Test
	void unknownMessageIdIsNotFound() {
		assertThat(this.http.get("/webhook/mail/status?message_id=nope").statusCode()).isEqualTo(404);
	}

	@Test
	void requestWithAWrongKeyIsUnauthorizedAndTheHeaderSchemeIsAccepted() {
		HttpRequest wrongKey = this.http.request("/webhook/api_key/validate")
			.setHeader("Authorization", "Bearer wrong")
			.GET()
			.build();
		assertThat(this.http.send(wrongKey).statusCode()).isEqualTo(401);
		HttpRequest headerScheme = HttpRequest
			.newBuilder(URI.create(this.emulator.baseUrl() + "/webhook/api_key/validate"))
			.header("X-COCOONMAIL-API_KEY", CocoonmailEmulator.API_KEY)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> validated = this.http.send(headerScheme);
		assertThat(validated.statusCode()).isEqualTo(200);
		assertThat(EmulatorJson.readObject(validated.body())).containsEntry("workspace_id", "emulator");
		assertThat(this.emulator.cocoonmail().received()).hasSize(1);
	}

	@Test
	void requestWithoutAcceptIsNotAcceptable() {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "/webhook/mail/usage"))
			.header("Authorization", "Bearer " + CocoonmailEmulator.API_KEY)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		assertThat(this.http.send(request).statusCode()).isEqualTo(406);
	}

	@Test
	void everyAnswerCarriesRateLimitHeaders() {
		HttpResponse<String> first = this.http.get("/webhook/api_key/validate");
		HttpResponse<String> second = this.http.post("/webhook/mail/send", "{}");
		assertThat(first.headers().firstValue("x-ratelimit-limit")).hasValue("10");
		assertThat(first.headers().firstValue("x-ratelimit-remaining")).hasValue("9");
		assertThat(second.statusCode()).isEqualTo(400);
		assertThat(second.headers().firstValue("x-ratelimit-remaining")).hasValue("8");
	}

	@Test
	void eleventhRequestWithinASecondIsRefusedWithRetryAfter() {
		List<CompletableFuture<HttpResponse<String>>> answers = java.util.stream.IntStream.range(0, 11)
			.mapToObj((index) -> CompletableFuture.supplyAsync(() -> this.http.get("/webhook/api_key/validate")))
			.toList();
		List<HttpResponse<String>> refused = answers.stream()
			.map(CompletableFuture::join)
			.filter((answer) -> answer.statusCode() == 429)
			.toList();
		if (this.emulator.maxArrivalsInAnyWindow(Duration.ofSeconds(1)) == 11) {
			assertThat(refused).singleElement()
				.satisfies((answer) -> assertThat(answer.headers().firstValue("Retry-After")).hasValue("1"));
		}
		else {
			assertThat(refused).isEmpty();
		}
		assertThat(this.emulator.arrivals()).hasSize(11);
	}

	@Test
	void withoutRateLimitNoRequestIsRefused() {
		this.emulator.close();
		this.emulator = CocoonmailEmulator.builder().noRateLimit().start();
		this.http = new Http(this.emulator.baseUrl());
		for (int i = 0; i < 15; i++) {
			assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void injectedFaultsAnswerTheNextRequestsThenTheNormalAnswersResume() {
		this.emulator.failNext(EmulatorFault.status(500), EmulatorFault.malformedBody(), EmulatorFault.rateLimited(3));
		assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(500);
		HttpResponse<String> malformed = this.http.get("/webhook/api_key/validate");
		assertThat(malformed.statusCode()).isEqualTo(200);
		assertThat(malformed.body()).isEqualTo("{\"success\": tru");
		HttpResponse<String> limited = this.http.get("/webhook/api_key/validate");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(limited.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
		assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(200);
		assertThat(this.emulator.arrivals()).extracting(EmulatorArrival::status).containsExactly(500, 200, 429, 200);
	}

	@Test
	void resetFaultClosesTheConnectionWithoutAnAnswer() {
		this.emulator.failEvery(EmulatorFault.reset());
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> this.http.get("/webhook/api_key/validate"));
		this.emulator.clearFaults();
		assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(200);
		assertThat(this.emulator.arrivals()).first().satisfies((reset) -> {
			assertThat(reset.status()).isZero();
			assertThat(reset.body()).isEmpty();
		});
	}

	@Test
	void delayFaultHoldsTheAnswer() {
		this.emulator.failNext(EmulatorFault.delay(Duration.ofMillis(300)));
		long start = System.nanoTime();
		assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void heldAnswersAreSentOnRelease() {
		this.emulator.hold();
		CompletableFuture<HttpResponse<String>> answer = CompletableFuture
			.supplyAsync(() -> this.http.get("/webhook/api_key/validate"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.emulator.arrivalCount() == 1);
		assertThat(answer).isNotDone();
		this.emulator.release();
		assertThat(answer.join().statusCode()).isEqualTo(200);
	}

	@Test
	void arrivalActionMayBlockUntilSeveralRequestsAreInFlightAtOnce() throws Exception {
		int inFlight = 8;
		CyclicBarrier allInFlight = new CyclicBarrier(inFlight);
		List<Throwable> problems = new CopyOnWriteArrayList<>();
		this.emulator.close();
		this.emulator = CocoonmailEmulator.builder().noRateLimit().start();
		this.http = new Http(this.emulator.baseUrl());
		this.emulator.onArrival((request) -> {
			try {
				allInFlight.await(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				problems.add(ex);
			}
		});
		ExecutorService callers = Executors.newFixedThreadPool(inFlight);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < inFlight; i++) {
				answers.add(callers.submit(() -> this.http.get("/webhook/api_key/validate")));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(problems).isEmpty();
		this.emulator.onArrival(null);
		assertThat(this.http.get("/webhook/api_key/validate").statusCode()).isEqualTo(200);
		assertThat(this.emulator.arrivals()).hasSize(inFlight + 1);
	}

	@Test
	void maxInAnyWindowCountsTheTimesLessThanTheWindowApart() {
		long ms = 1_000_000L;
		long[] times = { 1400 * ms, 0, 999 * ms, 1000 * ms, 500 * ms, 3000 * ms };
		assertThat(CocoonmailEmulator.maxInAnyWindow(times, Duration.ofSeconds(1))).isEqualTo(4);
		assertThat(CocoonmailEmulator.maxInAnyWindow(times, Duration.ofMillis(1))).isEqualTo(1);
		assertThat(CocoonmailEmulator.maxInAnyWindow(new long[0], Duration.ofSeconds(1))).isZero();
		assertThat(times[0]).isEqualTo(1400 * ms);
	}

	@Test
	void arrivalsAreRecordedWithTheirTimeAndTheBodyAnswered() {
		Instant before = Instant.now();
		HttpResponse<String> sent = this.http.post("/webhook/event/send",
				"{\"event_name\":\"signup\",\"email\":\"ada@example.com\"}");
		assertThat(this.emulator.arrivals()).singleElement().satisfies((arrival) -> {
			assertThat(arrival.status()).isEqualTo(201);
			assertThat(arrival.body()).isEqualTo(sent.body()).contains("\"id\"");
			assertThat(arrival.request().path()).isEqualTo("/webhook/event/send");
			assertThat(arrival.request().header("content-type")).isEqualTo("application/json");
			assertThat(arrival.request().receivedAt()).isAfterOrEqualTo(before);
		});
		assertThat(this.emulator.maxArrivalsInAnyWindow(Duration.ofSeconds(1))).isEqualTo(1);
	}

	@Test
	void sentMailsArePostedAsEmailSentThenOpenedOrBouncedWebhooks() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			this.emulator.close();
			this.emulator = CocoonmailEmulator.builder()
				.webhooksTo(receiver.url(), "Bearer hook-secret")
				.webhookDelay(Duration.ZERO)
				.start();
			this.http = new Http(this.emulator.baseUrl());
			HttpResponse<String> sent = this.http.post("/webhook/mail/send",
					"{\"transactional_id\":\"welcome\",\"to\":[{\"email\":\"ada@example.com\"},"
							+ "{\"email\":\"x@Bounce.Example.com\"}]}");
			Map<String, String> messageIds = messageIds(sent);
			await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 4);
			assertThat(receiver.received())
				.allSatisfy((headers) -> assertThat(headers).containsEntry("authorization", "Bearer hook-secret")
					.containsEntry("content-type", "application/json")
					.containsKeys("x-cocoon-event-datetime", "x-cocoon-email-sender", "x-cocoon-contact-uuid"));
			assertThat(webhooksAbout(receiver, "ada@example.com")).containsExactly(
					List.of("email.sent", messageIds.get("ada@example.com")),
					List.of("email.opened", messageIds.get("ada@example.com")));
			assertThat(webhooksAbout(receiver, "x@Bounce.Example.com")).containsExactly(
					List.of("email.sent", messageIds.get("x@Bounce.Example.com")),
					List.of("email.bounced", messageIds.get("x@Bounce.Example.com")));
			assertThat(this.emulator.cocoonmail().mailStatus(messageIds.get("ada@example.com")))
				.containsEntry("open", true)
				.containsEntry("opened_count", 1)
				.containsEntry("delivered", true)
				.containsEntry("bounced", false);
			assertThat(this.emulator.cocoonmail().mailStatus(messageIds.get("x@Bounce.Example.com")))
				.containsEntry("open", false)
				.containsEntry("delivered", false)
				.containsEntry("bounced", true)
				.containsEntry("SMTP_code", "550")
				.containsKey("bounced_at");
			int status = this.emulator
				.sendWebhook(EmulatorWebhook.email("email.clicked", "m-1", "ada@example.com", Instant.now()));
			assertThat(status).isEqualTo(204);
			assertThat(receiver.received()).hasSize(5);
		}
	}

	@Test
	void webhooksCanBeAimedOnceTheApplicationHasStartedAndAreOffUntilThen() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			assertThatIllegalStateException().isThrownBy(() -> this.emulator
				.sendWebhook(EmulatorWebhook.email("email.opened", "m-1", "ada@example.com", Instant.now())));
			assertThat(this.http.post("/webhook/mail/send", MAIL).statusCode()).isEqualTo(201);
			this.emulator.webhooksTo(receiver.url(), null);
			Map<String, String> messageIds = messageIds(this.http.post("/webhook/mail/send", MAIL));
			await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 4);
			assertThat(receiver.received()).extracting((headers) -> headers.get("x-cocoon-email-message-id"))
				.containsOnly(messageIds.get("ada@example.com"), messageIds.get("bob@example.com"));
			assertThat(receiver.received()).extracting((headers) -> headers.get("x-cocoon-event-type"))
				.containsOnly("email.sent", "email.opened");
			assertThat(receiver.received())
				.allSatisfy((headers) -> assertThat(headers).doesNotContainKey("authorization"));
		}
	}

	private static Map<String, String> messageIds(HttpResponse<String> sent) {
		assertThat(sent.statusCode()).isEqualTo(201);
		Map<String, String> messageIds = new java.util.HashMap<>();
		EmulatorJson.list(EmulatorJson.readObject(sent.body()), "report").forEach((entry) -> {
			Map<?, ?> report = EmulatorJson.map(entry);
			messageIds.put(EmulatorJson.text(report, "to"), EmulatorJson.text(report, "message_id"));
		});
		return messageIds;
	}

	private static List<List<String>> webhooksAbout(WebhookReceiver receiver, String email) {
		return receiver.received()
			.stream()
			.filter((headers) -> email.equals(headers.get("x-cocoon-contact-email")))
			.map((headers) -> List.of(headers.get("x-cocoon-event-type"), headers.get("x-cocoon-email-message-id")))
			.toList();
	}

}
