package com.cocoonmail.spring.client;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorAnswer;
import com.cocoonmail.emulator.EmulatorEndpoint;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the request path against a careful user's expectations and a hostile server
 * (SPEC 8.1), each through {@link CocoonmailOperations}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientHardeningTests {

	private static final String KEY = LoopbackCocoonmail.API_KEY;

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest
	@EnumSource(CocoonmailAuthScheme.class)
	void redirectToAnotherHostIsAnApiExceptionAndTheOtherHostReceivesNothing(CocoonmailAuthScheme authScheme)
			throws IOException {
		try (MockWebServer otherHost = new MockWebServer()) {
			otherHost.start(InetAddress.getByName("127.0.0.1"), 0);
			this.cocoonmail.answerEveryRequest(new MockResponse.Builder().code(307)
				.addHeader("Location", otherHost.url("/webhook/event/send"))
				.build());
			CocoonmailClient client = this.cocoonmail.clientBuilder()
				.authScheme(authScheme)
				.retryPolicy(CocoonmailRetryPolicy.defaults())
				.build();
			CocoonmailApiException ex = LoopbackCocoonmail.expectError(
					client.sendEvent(SendEventRequest.of("signed_up", "a@example.com")), CocoonmailApiException.class);
			assertThat(ex.statusCode()).isEqualTo(307);
			assertThat(ex.getMessage()).contains("redirects are not followed");
			assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
			assertThat(otherHost.getRequestCount()).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "3600", "99999999999", "999999999999999999999999" })
	void retryAfterLongerThanTheRateLimitTimeoutFailsAtOnceWithoutRetrying(String retryAfter) {
		this.cocoonmail.answerEveryRequest(LoopbackCocoonmail.answer(429, "{\"message\":\"slow down\"}")
			.addHeader("Retry-After", retryAfter)
			.build());
		CocoonmailClient client = pacedClient(Duration.ofSeconds(2));
		CocoonmailRateLimitException ex = LoopbackCocoonmail.expectError(client.getMailStatus("m-1"),
				CocoonmailRateLimitException.class);
		assertThat(ex.isLocal()).isFalse();
		assertThat(ex.isRetryable()).isFalse();
		assertThat(ex.getMessage()).contains("longer than cocoonmail.rate-limit.timeout");
		assertThat(ex.retryAfter()).isGreaterThan(Duration.ofSeconds(2));
		assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
		assertNoArithmeticFailure(ex);
	}

	@Test
	void resetHeaderLongerThanTheRateLimitTimeoutFailsAtOnce() {
		long inAnHour = System.currentTimeMillis() / 1000 + 3600;
		this.cocoonmail.answerEveryRequest(
				LoopbackCocoonmail.answer(429, "{}").addHeader("X-RateLimit-Reset", String.valueOf(inAnHour)).build());
		CocoonmailRateLimitException ex = LoopbackCocoonmail
			.expectError(pacedClient(Duration.ofSeconds(2)).validateApiKey(), CocoonmailRateLimitException.class);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
	}

	@Test
	void afterALongRetryAfterTheNextCallerFailsLocallyInsteadOfWaiting() {
		this.cocoonmail
			.answerEveryRequest(LoopbackCocoonmail.answer(429, "{}").addHeader("Retry-After", "99999999999").build());
		CocoonmailClient client = pacedClient(Duration.ofSeconds(2));
		LoopbackCocoonmail.expectError(client.validateApiKey(), CocoonmailRateLimitException.class);
		CocoonmailRateLimitException next = LoopbackCocoonmail.expectError(client.validateApiKey(),
				CocoonmailRateLimitException.class);
		assertThat(next.isLocal()).isTrue();
		assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
	}

	@Test
	void serviceUnavailableWithRetryAfterOnAReadIsRetriedNoSoonerThanItSays() {
		try (CocoonmailEmulator emulator = PacingEmulator.start()) {
			emulator.failNext(EmulatorFault.status(503, "{}", Map.of("Retry-After", "2")));
			emulator.cocoonmail()
				.answerEvery(EmulatorEndpoint.MAIL_STATUS,
						new EmulatorAnswer(200, Map.of(), "{\"data\":{\"x_message_id\":\"m-1\"}}"));
			CocoonmailClient client = PacingEmulator.clientBuilder(emulator)
				.retryPolicy(CocoonmailRetryPolicy.defaults())
				.build();
			StepVerifier.create(client.getMailStatus("m-1"))
				.assertNext((status) -> assertThat(status.messageId()).isEqualTo("m-1"))
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			List<Long> arrivals = PacingEmulator.arrivalTimes(emulator);
			assertThat(arrivals).hasSize(2);
			assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
		}
	}

	@Test
	void callersCancelledWhileWaitingForAPermitGiveItBack() {
		try (CocoonmailEmulator emulator = PacingEmulator.start()) {
			CocoonmailClient client = PacingEmulator.clientBuilder(emulator)
				.pacer(new RateLimitingRequestPacer("cancelled", 1, Duration.ofSeconds(5),
						CocoonmailPacingListener.NONE))
				.build();
			client.validateApiKey().block(LoopbackCocoonmail.TIMEOUT);
			Disposable waiting = Flux.range(0, 100).flatMap((index) -> client.validateApiKey(), 100).subscribe();
			waiting.dispose();
			StepVerifier.create(client.validateApiKey())
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			assertThat(emulator.arrivals()).hasSize(2);
		}
	}

	@Test
	void mailStatusOfOneMegabyteIsRead() {
		String html = "<p>" + "x".repeat(1024 * 1024) + "</p>";
		this.cocoonmail.respond(200, "{\"data\":{\"x_message_id\":\"m-1\",\"mail_content\":\"" + html + "\"}}");
		MailStatus status = this.cocoonmail.client().getMailStatus("m-1").block(LoopbackCocoonmail.TIMEOUT);
		assertThat(status).isNotNull();
		assertThat(status.messageId()).isEqualTo("m-1");
	}

	@Test
	void responseLargerThanSixteenMebibytesFailsTyped() {
		this.cocoonmail.respond(200, "{\"data\":{\"mail_content\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}}");
		CocoonmailException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().getMailStatus("m-1"),
				CocoonmailException.class);
		assertThat(ex.getMessage()).contains("getMailStatus").contains("larger than 16 MiB");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{}", "{\"data\": null}", "{\"message\":\"ok\"}" })
	void statusLookupWithoutDataIsATypedErrorNeverEmpty(String body) {
		this.cocoonmail.respond(200, body);
		CocoonmailException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().getMailStatus("m-1"),
				CocoonmailException.class);
		assertThat(ex.getMessage()).contains("200 to getMailStatus without the documented data");
	}

	@Test
	void parseErrorOverABodyEchoingTheKeyKeepsTheKeyOutOfMessageAndCauses() {
		this.cocoonmail.respond(200, KEY + " is not valid here");
		CocoonmailException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().getEmailUsage(),
				CocoonmailException.class);
		assertThat(ex.getCause()).isNotNull();
		assertThat(ex.getMessage()).contains("could not read");
		SecretAssertions.assertKeyAbsent(ex, KEY);
	}

	private CocoonmailClient pacedClient(Duration timeout) {
		return this.cocoonmail.clientBuilder()
			.retryPolicy(CocoonmailRetryPolicy.defaults())
			.rateLimitTimeout(timeout)
			.pacer(new RateLimitingRequestPacer("hardening", 10, timeout, CocoonmailPacingListener.NONE))
			.build();
	}

	private static void assertNoArithmeticFailure(Throwable failure) {
		for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
			assertThat(ex).isNotInstanceOf(ArithmeticException.class);
		}
	}

}
