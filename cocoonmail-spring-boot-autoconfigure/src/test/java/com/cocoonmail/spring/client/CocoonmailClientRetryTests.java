package com.cocoonmail.spring.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.CocoonmailApiException.Reason;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link CocoonmailClient} retries with a {@link CocoonmailRetryPolicy}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientRetryTests {

	private static final CocoonmailRetryPolicy THREE_QUICK_ATTEMPTS = new CocoonmailRetryPolicy(3, Duration.ofMillis(1),
			Duration.ofMillis(5), false);

	private static final String MAIL_STATUS = """
			{ "message": "Mail status data fetched successfully", "data": { "x_message_id": "m-1", "sent": true } }
			""";

	private static final String MAIL_SENT = """
			{ "success": true, "report": [ { "to": "jsmith@example.com", "message_id": "m-1" } ] }
			""";

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@Test
	void readIsRetriedAfterServerErrorAndSucceeds() {
		this.cocoonmail.respond(500, "{\"message\": \"try again\"}");
		this.cocoonmail.respond(200, MAIL_STATUS);
		expectSuccessOnSecondAttempt(this.cocoonmail.client(THREE_QUICK_ATTEMPTS).getMailStatus("m-1"),
				(status) -> assertThat(status.messageId()).isEqualTo("m-1"));
	}

	@Test
	void sendMailIsNotRetriedAfterServerError() {
		this.cocoonmail.respond(500, "{\"message\": \"failed midway\"}");
		this.cocoonmail.respond(201, MAIL_SENT);
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(
				this.cocoonmail.client(THREE_QUICK_ATTEMPTS).sendMail(welcomeMail()), CocoonmailApiException.class);
		assertThat(ex.reason()).isEqualTo(Reason.SERVER_ERROR);
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	@Test
	void sendMailIsRetriedAfterServerErrorWhenNonIdempotentRetriesAreEnabled() {
		this.cocoonmail.respond(500, "{\"message\": \"failed midway\"}");
		this.cocoonmail.respond(201, MAIL_SENT);
		CocoonmailRetryPolicy policy = new CocoonmailRetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), true);
		expectSuccessOnSecondAttempt(this.cocoonmail.client(policy).sendMail(welcomeMail()),
				(response) -> assertThat(response.messageIds()).containsExactly("m-1"));
	}

	@Test
	void sendMailIsRetriedAfterRateLimitWithSameBody() {
		this.cocoonmail.respond(LoopbackCocoonmail.answer(429, "{\"message\": \"Too many requests\"}")
			.addHeader("x-ratelimit-limit", "10")
			.addHeader("x-ratelimit-remaining", "0")
			.build());
		this.cocoonmail.respond(201, MAIL_SENT);
		expectSuccessOnSecondAttempt(this.cocoonmail.client(THREE_QUICK_ATTEMPTS).sendMail(welcomeMail()),
				(response) -> assertThat(response.messageIds()).containsExactly("m-1"));
		String firstBody = LoopbackCocoonmail.bodyOf(this.cocoonmail.takeRequest());
		assertThat(LoopbackCocoonmail.bodyOf(this.cocoonmail.takeRequest())).isEqualTo(firstBody);
	}

	@ParameterizedTest(name = "{0} answered {1}")
	@MethodSource("clientErrorsOfReadAndSend")
	void clientErrorIsNeverRetried(String operation, int status, int successStatus, String successBody,
			Function<CocoonmailClient, Mono<?>> call) {
		this.cocoonmail.respond(status, "{\"message\": \"no\"}");
		this.cocoonmail.respond(successStatus, successBody);
		CocoonmailApiException ex = LoopbackCocoonmail
			.expectError(call.apply(this.cocoonmail.client(THREE_QUICK_ATTEMPTS)), CocoonmailApiException.class);
		assertThat(ex.statusCode()).isEqualTo(status);
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	static Stream<Arguments> clientErrorsOfReadAndSend() {
		Function<CocoonmailClient, Mono<?>> read = (client) -> client.getMailStatus("m-1");
		Function<CocoonmailClient, Mono<?>> send = (client) -> client.sendMail(welcomeMail());
		return IntStream.of(400, 401, 403, 404, 406, 409)
			.boxed()
			.flatMap((status) -> Stream.of(Arguments.of("getMailStatus", status, 200, MAIL_STATUS, read),
					Arguments.of("sendMail", status, 201, MAIL_SENT, send)));
	}

	@Test
	void maxAttemptsIsHonouredAndLastApiExceptionIsRaised() {
		this.cocoonmail.respond(500, "{\"message\": \"first\"}");
		this.cocoonmail.respond(502, "{\"message\": \"second\"}");
		this.cocoonmail.respond(503, "{\"message\": \"third\"}");
		this.cocoonmail.respond(200, MAIL_STATUS);
		CocoonmailApiException ex = LoopbackCocoonmail.expectError(
				this.cocoonmail.client(THREE_QUICK_ATTEMPTS).getMailStatus("m-1"), CocoonmailApiException.class);
		assertThat(ex.getClass()).isEqualTo(CocoonmailApiException.class);
		assertThat(ex.statusCode()).isEqualTo(503);
		assertThat(ex.serverMessage()).isEqualTo("third");
		assertThat(this.cocoonmail.requestCount()).isEqualTo(3);
	}

	@Test
	void rateLimitExhaustionRaisesLastRateLimitException() {
		for (int i = 1; i <= 3; i++) {
			this.cocoonmail.respond(LoopbackCocoonmail.answer(429, "{\"message\": \"slow down " + i + "\"}")
				.addHeader("x-ratelimit-remaining", "0")
				.build());
		}
		CocoonmailRateLimitException ex = LoopbackCocoonmail.expectError(
				this.cocoonmail.client(THREE_QUICK_ATTEMPTS).sendMail(welcomeMail()),
				CocoonmailRateLimitException.class);
		assertThat(ex.serverMessage()).isEqualTo("slow down 3");
		assertThat(ex.remaining()).isZero();
		assertThat(this.cocoonmail.requestCount()).isEqualTo(3);
	}

	@Test
	void noRetryPolicyMakesOneAttempt() {
		this.cocoonmail.respond(500, "{\"message\": \"down\"}");
		this.cocoonmail.respond(200, MAIL_STATUS);
		LoopbackCocoonmail.expectError(this.cocoonmail.client().getMailStatus("m-1"), CocoonmailApiException.class);
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	@Test
	void refusedConnectionOfSendIsRetriedAndEndsWithTransportExceptionForUnsentRequest() throws IOException {
		CountingPacer pacer = new CountingPacer();
		CocoonmailClient client = CocoonmailClient.builder()
			.baseUrl(LoopbackCocoonmail.closedBaseUrl())
			.apiKey(LoopbackCocoonmail.API_KEY)
			.retryPolicy(THREE_QUICK_ATTEMPTS)
			.pacer(pacer)
			.build();
		CocoonmailTransportException ex = LoopbackCocoonmail.expectError(client.sendMail(welcomeMail()),
				CocoonmailTransportException.class);
		assertThat(ex.isRequestSent()).isFalse();
		assertThat(ex.isRetryable()).isTrue();
		assertThat(ex.getMessage()).contains("sendMail");
		assertThat(pacer.attempts()).isEqualTo(3);
	}

	private <T> void expectSuccessOnSecondAttempt(Mono<T> call, Consumer<T> assertion) {
		LoopbackCocoonmail.expectOne(call, assertion);
		assertThat(this.cocoonmail.requestCount()).isEqualTo(2);
	}

	private static SendMailRequest welcomeMail() {
		return SendMailRequest.builder().transactionalId("welcome").to("jsmith@example.com").build();
	}

	/**
	 * A pacer that lets every attempt through and counts them.
	 */
	private static final class CountingPacer implements CocoonmailRequestPacer {

		private final AtomicInteger attempts = new AtomicInteger();

		@Override
		public <T> Mono<T> pace(Mono<T> attempt) {
			return attempt.doOnSubscribe((subscription) -> this.attempts.incrementAndGet());
		}

		int attempts() {
			return this.attempts.get();
		}

	}

}
