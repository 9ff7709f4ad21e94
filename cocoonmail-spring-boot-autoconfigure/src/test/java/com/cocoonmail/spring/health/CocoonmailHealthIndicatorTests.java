package com.cocoonmail.spring.health;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CocoonmailHealthIndicator}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailHealthIndicatorTests {

	private static final String KEY = "pbkdf2_sha256$1$fake-key-for-tests$not-a-real-secret=";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration LONG_TTL = Duration.ofMinutes(10);

	private final MockWebServer server = new MockWebServer();

	@BeforeEach
	void startServer() throws IOException {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void healthIsUpWithHostWhenKeyIsValid() {
		answerEveryRequest(200, "{\"success\":true}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", loopbackAddress())
			.doesNotContainKeys("rateLimitRemaining", "quotas", "error");
	}

	@Test
	void healthShowsWorkspaceAndRateLimitRemainingOfTheAnswer() {
		answerEveryRequest(
				answer(200, "{\"success\":true,\"workspace_name\":\"Acme\"}").addHeader("x-ratelimit-remaining", "42")
					.build());
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", loopbackAddress())
			.containsEntry("workspace", "Acme")
			.containsEntry("rateLimitRemaining", 42);
	}

	@Test
	void healthIsDownWhenKeyIsRejected() {
		answerEveryRequest(401, "{\"success\":false,\"message\":\"Invalid API key\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("host", loopbackAddress()).containsEntry("status", 401);
	}

	@Test
	void healthIsDownWhenKeyIsBlockedAndBlockedKeyIsNotProbedAgainWithinTimeToLive() {
		answerEveryRequest(403, "{\"success\":false,\"message\":\"Temporarily blocked\"}");
		CocoonmailHealthIndicator indicator = indicator(LONG_TTL);
		Health first = health(indicator);
		Health second = health(indicator);
		assertThat(first.getStatus()).isEqualTo(Status.DOWN);
		assertThat(first.getDetails()).containsEntry("status", 403);
		assertThat(second).isEqualTo(first);
		assertThat(this.server.getRequestCount()).isOne();
	}

	@ParameterizedTest
	@ValueSource(ints = { 429, 500, 503 })
	void healthIsUnknownWhenCocoonmailIsRateLimitingOrFailing(int status) {
		answerEveryRequest(status, "{\"success\":false,\"message\":\"Try again later\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("host", loopbackAddress()).containsEntry("status", status);
	}

	@Test
	void healthIsUnknownWhenAnswerTakesLongerThanProbeTimeout() {
		answerEveryRequest(answer(200, "{\"success\":true}").onResponseStart(SocketEffect.Stall.INSTANCE).build());
		Health health = health(indicator(LONG_TTL, Duration.ofMillis(200)));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("host", loopbackAddress())
			.containsEntry("error", "No answer from Cocoonmail in time");
	}

	@Test
	void healthChecksWithinTimeToLiveSendOneRequest() {
		answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(LONG_TTL);
		for (int i = 0; i < 10; i++) {
			assertThat(health(indicator).getStatus()).isEqualTo(Status.UP);
		}
		assertThat(this.server.getRequestCount()).isOne();
	}

	@Test
	void healthChecksWithZeroTimeToLiveProbeEveryTime() {
		answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(Duration.ZERO);
		for (int i = 0; i < 3; i++) {
			health(indicator);
		}
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void healthCheckAfterTimeToLiveProbesAgain() {
		answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(Duration.ofMillis(50));
		health(indicator);
		await().atMost(TIMEOUT).untilAsserted(() -> {
			health(indicator);
			assertThat(this.server.getRequestCount()).isEqualTo(2);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403, 429, 500 })
	void healthNeverShowsTheKeyEvenWhenCocoonmailEchoesIt(int status) {
		answerEveryRequest(status,
				"{\"success\":false,\"message\":\"Invalid API key " + KEY + "\",\"error\":\"key " + KEY + "\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getDetails()).containsKey("error");
		assertThat(health.toString()).doesNotContain(KEY);
	}

	@Test
	void healthWhenUpNeverShowsTheKey() {
		answerEveryRequest(200, "{\"success\":true}");
		assertThat(health(indicator(LONG_TTL)).toString()).doesNotContain(KEY);
	}

	private CocoonmailHealthIndicator indicator(Duration timeToLive) {
		return indicator(timeToLive, TIMEOUT);
	}

	private CocoonmailHealthIndicator indicator(Duration timeToLive, Duration probeTimeout) {
		String baseUrl = this.server.url("/").newBuilder().host(loopbackAddress()).build().toString();
		CocoonmailClient client = CocoonmailClient.builder()
			.baseUrl(baseUrl)
			.apiKey(KEY)
			.retryPolicy(CocoonmailRetryPolicy.none())
			.build();
		return new CocoonmailHealthIndicator(client, baseUrl, timeToLive, probeTimeout);
	}

	private static Health health(CocoonmailHealthIndicator indicator) {
		Health health = indicator.health().block(TIMEOUT);
		assertThat(health).isNotNull();
		return health;
	}

	private String loopbackAddress() {
		return this.server.getSocketAddress().getAddress().getHostAddress();
	}

	private void answerEveryRequest(int code, String body) {
		answerEveryRequest(answer(code, body).build());
	}

	private void answerEveryRequest(MockResponse response) {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return response;
			}

		});
	}

	private static MockResponse.Builder answer(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body);
	}

}
