package com.cocoonmail.spring.event;

import java.time.Duration;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.spring.client.CocoonmailValidationException;
import com.cocoonmail.spring.client.TestJson;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for what every store of the event bridge does alike: validation before storing,
 * idempotency keys, failed requests kept and re-submitted, the pending gauge and
 * {@link CocoonmailEventBridge#awaitIdle(Duration)}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailOutboxTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(OutboxDatabase.class)
	void invalidRequestFailsThePublisherAndNothingIsStoredOrSent(OutboxDatabase database) {
		database.apply(BridgeTestSupport.contextRunner(this.emulator)).run((context) -> {
			assertThatExceptionOfType(CocoonmailValidationException.class)
				.isThrownBy(() -> context.publishEvent(SendEventRequest.of("signup", "not-an-email")))
				.satisfies((ex) -> assertThat(ex.problems()).singleElement().asString().contains("email"));
			CocoonmailOutbox outbox = context.getBean(CocoonmailOutbox.class);
			assertThat(outbox.pending()).isZero();
			context.publishEvent(SendEventRequest.of("signup", "ann@example.com"));
			assertThat(outbox.awaitIdle(TIMEOUT)).isTrue();
			assertThat(BridgeTestSupport.received(this.emulator)).singleElement()
				.satisfies((request) -> assertThat(BridgeTestSupport.body(request).path("email").asString())
					.isEqualTo("ann@example.com"));
		});
	}

	@ParameterizedTest
	@EnumSource(OutboxDatabase.class)
	void repeatedIdempotencyKeyInsideTheWindowIsSentOnceAndCounted(OutboxDatabase database) {
		database.apply(BridgeTestSupport.contextRunner(this.emulator))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				SendMailRequest welcome = SendMailRequest.builder()
					.transactionalId("welcome")
					.to("ann@example.com")
					.idempotencyKey("welcome-42")
					.build();
				context.publishEvent(welcome);
				context.publishEvent(welcome);
				context.publishEvent(SendEventRequest.builder()
					.eventName("signup")
					.email("ann@example.com")
					.idempotencyKey("welcome-42")
					.build());
				assertThat(context.getBean(CocoonmailEventBridge.class).awaitIdle(TIMEOUT)).isTrue();
				assertThat(BridgeTestSupport.received(this.emulator, BridgeTestSupport.MAIL_PATH)).hasSize(1);
				assertThat(BridgeTestSupport.received(this.emulator, BridgeTestSupport.EVENT_PATH)).hasSize(1);
				TestJson.assertJsonEquals("""
						{ "transactional_id": "welcome", "to": [ { "email": "ann@example.com" } ] }
						""", BridgeTestSupport.received(this.emulator, BridgeTestSupport.MAIL_PATH).get(0).body());
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("cocoonmail.events.deduplicated").tag("kind", "mail").counter().count())
					.isEqualTo(1);
				assertThat(context.getBean(OutcomeRecorder.class).delivered()).hasSize(2);
			});
	}

	@ParameterizedTest
	@EnumSource(OutboxDatabase.class)
	void annotationIdempotencyKeyDropsTheRepeatOfAnAnnotatedEvent(OutboxDatabase database) {
		database.apply(BridgeTestSupport.contextRunner(this.emulator)).run((context) -> {
			context.publishEvent(new Keyed("ann@example.com", "order-1"));
			context.publishEvent(new Keyed("ann@example.com", "order-1"));
			context.publishEvent(new Keyed("ann@example.com", "order-2"));
			assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(TIMEOUT)).isTrue();
			assertThat(BridgeTestSupport.received(this.emulator, BridgeTestSupport.EVENT_PATH)).hasSize(2);
			assertThat(BridgeTestSupport.received(this.emulator, BridgeTestSupport.MAIL_PATH)).hasSize(2);
		});
	}

	@ParameterizedTest
	@EnumSource(OutboxDatabase.class)
	void finalFailureIsKeptAsFailedAndArrivesOnceResubmitted(OutboxDatabase database) {
		this.emulator.failEvery(EmulatorFault.status(400));
		database.apply(BridgeTestSupport.contextRunner(this.emulator)).run((context) -> {
			CocoonmailOutbox outbox = context.getBean(CocoonmailOutbox.class);
			context.publishEvent(new Notified("ann@example.com", 7));
			await().atMost(TIMEOUT).until(() -> !outbox.failed().isEmpty());
			CocoonmailFailedRequest failed = outbox.failed().get(0);
			assertThat(failed.kind()).isEqualTo(CocoonmailDeliveryKind.EVENT);
			assertThat(failed.request()).isInstanceOfSatisfying(SendEventRequest.class,
					(request) -> assertThat(request.eventAttribute()).containsEntry("seq", 7));
			assertThat(failed.error()).contains("400");
			assertThat(context.getBean(OutcomeRecorder.class).failed()).hasSize(1);
			this.emulator.clearFaults();
			assertThat(outbox.resubmit(failed.id())).isTrue();
			assertThat(outbox.resubmit(failed.id())).isFalse();
			await().atMost(TIMEOUT).until(() -> context.getBean(OutcomeRecorder.class).delivered().size() == 1);
			assertThat(outbox.failed()).isEmpty();
			assertThat(outbox.awaitIdle(TIMEOUT)).isTrue();
			assertThat(BridgeTestSupport.sequenceNumbers(this.emulator)).element(1).isEqualTo(7);
		});
	}

	@ParameterizedTest
	@EnumSource(OutboxDatabase.class)
	void pendingGaugeCountsRequestsNotAnsweredYet(OutboxDatabase database) {
		this.emulator.hold();
		database.apply(BridgeTestSupport.contextRunner(this.emulator)).run((context) -> {
			MeterRegistry registry = new SimpleMeterRegistry();
			context.getBeansOfType(MeterBinder.class).values().forEach((binder) -> binder.bindTo(registry));
			for (int i = 0; i < 3; i++) {
				context.publishEvent(new Notified("ann@example.com", i));
			}
			await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 1);
			assertThat(registry.get("cocoonmail.events.pending").gauge().value()).isEqualTo(3);
			assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(Duration.ofMillis(50))).isFalse();
			this.emulator.release();
			assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(TIMEOUT)).isTrue();
			assertThat(registry.get("cocoonmail.events.pending").gauge().value()).isZero();
		});
	}

	/**
	 * An event whose event and mail carry an idempotency key.
	 *
	 * @param email the email
	 * @param order the order id
	 */
	@CocoonmailEvent(name = "ordered", email = "email", idempotencyKey = "'ordered-' + order")
	@CocoonmailMail(transactionalId = "order", to = "email", idempotencyKey = "'ordered-' + order")
	record Keyed(String email, String order) {

	}

}
