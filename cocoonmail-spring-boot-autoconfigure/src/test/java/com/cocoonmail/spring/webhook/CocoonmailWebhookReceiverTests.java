package com.cocoonmail.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.cocoonmail.spring.test.MovableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CocoonmailWebhookReceiver}, the framework-neutral core.
 *
 * @author Cocoonmail Team
 */
class CocoonmailWebhookReceiverTests {

	private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private final CocoonmailWebhookReceiver receiver = CocoonmailWebhookReceiver.builder()
		.authorization(List.of("Bearer s3cret"))
		.tolerance(Duration.ofMinutes(5))
		.maxBodySize(1024)
		.publisher(this.published::add)
		.clock(this.clock)
		.build();

	@Test
	void acceptedDeliveryIsPublishedWithItsHeadersAndRawBody() {
		WebhookAnswer answer = deliver(headers("email.opened", NOW.toString()), "{\"any\":1}");
		assertThat(answer.outcome()).isEqualTo(WebhookOutcome.ACCEPTED);
		assertThat(answer.status()).isEqualTo(204);
		assertThat(this.published).singleElement().isInstanceOfSatisfying(CocoonmailWebhookEvent.class, (event) -> {
			assertThat(event.type()).isEqualTo("email.opened");
			assertThat(event.knownType()).isEqualTo(CocoonmailWebhookType.EMAIL_OPENED);
			assertThat(event.occurredAt()).isEqualTo(NOW);
			assertThat(event.messageId()).isEqualTo("msg-1");
			assertThat(event.contactUuid()).isEqualTo("contact-1");
			assertThat(event.contactEmail()).isEqualTo("ada@example.com");
			assertThat(event.body()).isEqualTo("{\"any\":1}");
			assertThat(event.getSource()).isSameAs(this.receiver);
		});
	}

	@Test
	void whatsAppMessageIdIsReadWhenThereIsNoEmailMessageId() {
		Map<String, String> headers = headers("whatsapp.read", NOW.toString());
		headers.remove("x-cocoon-email-message-id");
		headers.put("x-cocoon-message-id", "wa-1");
		deliver(headers, "{}");
		assertThat(this.published).singleElement()
			.extracting((event) -> ((CocoonmailWebhookEvent) event).messageId())
			.isEqualTo("wa-1");
	}

	@Test
	void unknownTypeIsAcceptedAsUnknown() {
		assertThat(deliver(headers("email.teleported", NOW.toString()), "{}").outcome())
			.isEqualTo(WebhookOutcome.ACCEPTED);
		assertThat(this.published).singleElement().satisfies((event) -> {
			assertThat(((CocoonmailWebhookEvent) event).type()).isEqualTo("email.teleported");
			assertThat(((CocoonmailWebhookEvent) event).knownType()).isEqualTo(CocoonmailWebhookType.UNKNOWN);
		});
	}

	@Test
	void repeatIsAnsweredAsASuccessAndPublishedOnce() {
		assertThat(deliver(headers("email.sent", NOW.toString()), "{}").outcome()).isEqualTo(WebhookOutcome.ACCEPTED);
		WebhookAnswer repeat = deliver(headers("email.sent", NOW.toString()), "{}");
		assertThat(repeat.outcome()).isEqualTo(WebhookOutcome.DUPLICATE);
		assertThat(repeat.status()).isEqualTo(204);
		assertThat(this.published).hasSize(1);
	}

	@Test
	void repeatIsRecognisedWhateverTheTimeFormat() {
		deliver(headers("email.sent", NOW.toString()), "{}");
		deliver(headers("email.sent", String.valueOf(NOW.getEpochSecond())), "{}");
		assertThat(this.published).hasSize(1);
	}

	@Test
	void deliveriesDifferingInAnyPartArePublishedEach() {
		deliver(headers("email.sent", NOW.toString()), "{}");
		deliver(headers("email.opened", NOW.toString()), "{}");
		deliver(headers("email.sent", NOW.plusSeconds(1).toString()), "{}");
		deliver(headers("email.sent", NOW.toString()), "{ }");
		Map<String, String> otherMessage = headers("email.sent", NOW.toString());
		otherMessage.put("x-cocoon-email-message-id", "msg-2");
		deliver(otherMessage, "{}");
		assertThat(this.published).hasSize(5);
	}

	@Test
	void missingOrWrongAuthorizationIsRefusedWith401BeforeAnythingElse() {
		Map<String, String> missing = headers("email.sent", "garbled");
		missing.remove("authorization");
		assertRefused(missing, WebhookOutcome.UNAUTHORIZED, 401, "Unauthorized");
		Map<String, String> wrong = headers("email.sent", NOW.toString());
		wrong.put("authorization", "Bearer s3creT");
		assertRefused(wrong, WebhookOutcome.UNAUTHORIZED, 401, "Unauthorized");
		Map<String, String> longer = headers("email.sent", NOW.toString());
		longer.put("authorization", "Bearer s3cret-and-then-some");
		assertRefused(longer, WebhookOutcome.UNAUTHORIZED, 401, "Unauthorized");
		assertThat(this.published).isEmpty();
	}

	@Test
	void staleOrFutureDateTimeIsRefusedWith400() {
		assertRefused(headers("email.sent", NOW.minus(Duration.ofMinutes(6)).toString()), WebhookOutcome.STALE, 400,
				"x-cocoon-event-datetime 2026-12-02T02:54:00Z is PT6M away from the receiver's clock, "
						+ "more than the tolerance of PT5M");
		assertRefused(headers("email.sent", NOW.plus(Duration.ofMinutes(6)).toString()), WebhookOutcome.STALE, 400,
				"x-cocoon-event-datetime 2026-12-02T03:06:00Z is PT6M away from the receiver's clock, "
						+ "more than the tolerance of PT5M");
		assertThat(this.published).isEmpty();
	}

	@Test
	void dateTimeJustInsideTheToleranceIsAccepted() {
		assertThat(deliver(headers("email.sent", NOW.minus(Duration.ofMinutes(5)).toString()), "{}").outcome())
			.isEqualTo(WebhookOutcome.ACCEPTED);
	}

	@Test
	void zeroToleranceAcceptsAnyTime() {
		CocoonmailWebhookReceiver lenient = CocoonmailWebhookReceiver.builder()
			.authorization(List.of("Bearer s3cret"))
			.tolerance(Duration.ZERO)
			.publisher(this.published::add)
			.clock(this.clock)
			.build();
		Map<String, String> headers = headers("email.sent", "2001-01-01T00:00:00Z");
		WebhookHeaders screened = lenient.screen(lookup(headers), -1);
		assertThat(lenient.accept(screened, new byte[0]).outcome()).isEqualTo(WebhookOutcome.ACCEPTED);
	}

	@Test
	void missingOrGarbledReservedHeadersAreRefusedWith400() {
		Map<String, String> noType = headers("email.sent", NOW.toString());
		noType.remove("x-cocoon-event-type");
		assertRefused(noType, WebhookOutcome.MALFORMED, 400, "Missing x-cocoon-event-type header");
		Map<String, String> noTime = headers("email.sent", NOW.toString());
		noTime.remove("x-cocoon-event-datetime");
		assertRefused(noTime, WebhookOutcome.MALFORMED, 400, "Missing x-cocoon-event-datetime header");
		assertRefused(headers("email.sent", "last tuesday"), WebhookOutcome.MALFORMED, 400,
				"x-cocoon-event-datetime is neither an ISO-8601 date-time nor epoch seconds or milliseconds");
	}

	@Test
	void declaredBodyOverTheLimitIsRefusedWith413() {
		assertThatExceptionOfType(WebhookRefusal.class)
			.isThrownBy(() -> this.receiver.screen(lookup(headers("email.sent", NOW.toString())), 1025))
			.satisfies((ex) -> assertThat(ex.answer().status()).isEqualTo(413));
	}

	@Test
	void failingListenerAnswers500AndARepeatIsPublishedAgain() {
		List<Object> attempts = new CopyOnWriteArrayList<>();
		CocoonmailWebhookReceiver failingOnce = CocoonmailWebhookReceiver.builder()
			.authorization(List.of("Bearer s3cret"))
			.publisher((event) -> {
				attempts.add(event);
				if (attempts.size() == 1) {
					throw new IllegalStateException("listener down");
				}
			})
			.clock(this.clock)
			.build();
		WebhookHeaders screened = failingOnce.screen(lookup(headers("email.sent", NOW.toString())), -1);
		assertThat(failingOnce.accept(screened, new byte[0]).status()).isEqualTo(500);
		assertThat(failingOnce.accept(screened, new byte[0]).outcome()).isEqualTo(WebhookOutcome.ACCEPTED);
		assertThat(attempts).hasSize(2);
	}

	@Test
	void failingReceiptStoreAnswers500AndPublishesNothing() {
		CocoonmailWebhookReceiver broken = CocoonmailWebhookReceiver.builder()
			.authorization(List.of("Bearer s3cret"))
			.receipts(new CocoonmailWebhookReceipts() {

				@Override
				public boolean record(String digest, Instant expiresAt) {
					throw new IllegalStateException("database down");
				}

				@Override
				public void forget(String digest) {
				}

			})
			.publisher(this.published::add)
			.clock(this.clock)
			.build();
		WebhookHeaders screened = broken.screen(lookup(headers("email.sent", NOW.toString())), -1);
		assertThat(broken.accept(screened, new byte[0]).status()).isEqualTo(500);
		assertThat(this.published).isEmpty();
	}

	@Test
	void toStringDoesNotShowTheAuthorization() {
		assertThat(this.receiver.toString()).doesNotContain("s3cret");
	}

	private void assertRefused(Map<String, String> headers, WebhookOutcome outcome, int status, String message) {
		assertThatExceptionOfType(WebhookRefusal.class).isThrownBy(() -> this.receiver.screen(lookup(headers), 2))
			.satisfies((ex) -> {
				assertThat(ex.answer().outcome()).isEqualTo(outcome);
				assertThat(ex.answer().status()).isEqualTo(status);
				assertThat(ex.answer().message()).isEqualTo(message);
			});
	}

	private WebhookAnswer deliver(Map<String, String> headers, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		WebhookHeaders screened = this.receiver.screen(lookup(headers), bytes.length);
		return this.receiver.accept(screened, bytes);
	}

	private static java.util.function.Function<String, @Nullable String> lookup(Map<String, String> headers) {
		return (name) -> headers.get(name.toLowerCase(Locale.ROOT));
	}

	private static Map<String, String> headers(String type, String dateTime) {
		Map<String, String> headers = new HashMap<>();
		headers.put("authorization", "Bearer s3cret");
		headers.put("x-cocoon-event-type", type);
		headers.put("x-cocoon-event-datetime", dateTime);
		headers.put("x-cocoon-email-message-id", "msg-1");
		headers.put("x-cocoon-contact-uuid", "contact-1");
		headers.put("x-cocoon-contact-email", "ada@example.com");
		return headers;
	}

}
