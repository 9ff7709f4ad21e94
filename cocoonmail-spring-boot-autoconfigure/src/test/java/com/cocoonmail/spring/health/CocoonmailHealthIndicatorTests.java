package com.cocoonmail.spring.health;

import java.time.Duration;

import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

	private static final String KEY = LoopbackCocoonmail.API_KEY;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration LONG_TTL = Duration.ofMinutes(10);

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@Test
	void healthIsUpWithHostWhenKeyIsValid() {
		this.cocoonmail.answerEveryRequest(200, "{\"success\":true}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", this.cocoonmail.host())
			.doesNotContainKeys("rateLimitRemaining", "quotas", "error");
	}

	@Test
	void healthShowsWorkspaceAndRateLimitRemainingOfTheAnswer() {
		this.cocoonmail
			.answerEveryRequest(LoopbackCocoonmail.answer(200, "{\"success\":true,\"workspace_name\":\"Acme\"}")
				.addHeader("x-ratelimit-remaining", "42")
				.build());
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", this.cocoonmail.host())
			.containsEntry("workspace", "Acme")
			.containsEntry("rateLimitRemaining", 42);
	}

	@Test
	void healthIsDownWhenKeyIsRejected() {
		this.cocoonmail.answerEveryRequest(401, "{\"success\":false,\"message\":\"Invalid API key\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("host", this.cocoonmail.host()).containsEntry("status", 401);
	}

	@Test
	void healthIsDownWhenKeyIsBlockedAndBlockedKeyIsNotProbedAgainWithinTimeToLive() {
		this.cocoonmail.answerEveryRequest(403, "{\"success\":false,\"message\":\"Temporarily blocked\"}");
		CocoonmailHealthIndicator indicator = indicator(LONG_TTL);
		Health first = health(indicator);
		Health second = health(indicator);
		assertThat(first.getStatus()).isEqualTo(Status.DOWN);
		assertThat(first.getDetails()).containsEntry("status", 403);
		assertThat(second).isEqualTo(first);
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	@ParameterizedTest
	@ValueSource(ints = { 429, 500, 503 })
	void healthIsUnknownWhenCocoonmailIsRateLimitingOrFailing(int status) {
		this.cocoonmail.answerEveryRequest(status, "{\"success\":false,\"message\":\"Try again later\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("host", this.cocoonmail.host()).containsEntry("status", status);
	}

	@Test
	void healthIsUnknownWhenAnswerTakesLongerThanProbeTimeout() {
		this.cocoonmail.answerEveryRequest(LoopbackCocoonmail.answer(200, "{\"success\":true}")
			.onResponseStart(SocketEffect.Stall.INSTANCE)
			.build());
		Health health = health(indicator(LONG_TTL, Duration.ofMillis(200)));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("host", this.cocoonmail.host())
			.containsEntry("error", "No answer from Cocoonmail in time");
	}

	@Test
	void healthChecksWithinTimeToLiveSendOneRequest() {
		this.cocoonmail.answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(LONG_TTL);
		for (int i = 0; i < 10; i++) {
			assertThat(health(indicator).getStatus()).isEqualTo(Status.UP);
		}
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	@Test
	void healthChecksWithZeroTimeToLiveProbeEveryTime() {
		this.cocoonmail.answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(Duration.ZERO);
		for (int i = 0; i < 3; i++) {
			health(indicator);
		}
		assertThat(this.cocoonmail.requestCount()).isEqualTo(3);
	}

	@Test
	void healthCheckAfterTimeToLiveProbesAgain() {
		this.cocoonmail.answerEveryRequest(200, "{\"success\":true}");
		CocoonmailHealthIndicator indicator = indicator(Duration.ofMillis(50));
		health(indicator);
		await().atMost(TIMEOUT).untilAsserted(() -> {
			health(indicator);
			assertThat(this.cocoonmail.requestCount()).isEqualTo(2);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403, 429, 500 })
	void healthNeverShowsTheKeyEvenWhenCocoonmailEchoesIt(int status) {
		this.cocoonmail.answerEveryRequest(status,
				"{\"success\":false,\"message\":\"Invalid API key " + KEY + "\",\"error\":\"key " + KEY + "\"}");
		Health health = health(indicator(LONG_TTL));
		assertThat(health.getDetails()).containsKey("error");
		assertThat(health.toString()).doesNotContain(KEY);
	}

	@Test
	void healthWhenUpNeverShowsTheKey() {
		this.cocoonmail.answerEveryRequest(200, "{\"success\":true}");
		assertThat(health(indicator(LONG_TTL)).toString()).doesNotContain(KEY);
	}

	private CocoonmailHealthIndicator indicator(Duration timeToLive) {
		return indicator(timeToLive, TIMEOUT);
	}

	private CocoonmailHealthIndicator indicator(Duration timeToLive, Duration probeTimeout) {
		return new CocoonmailHealthIndicator(this.cocoonmail.client(), this.cocoonmail.baseUrl(), timeToLive,
				probeTimeout);
	}

	private static Health health(CocoonmailHealthIndicator indicator) {
		Health health = indicator.health().block(TIMEOUT);
		assertThat(health).isNotNull();
		return health;
	}

}
