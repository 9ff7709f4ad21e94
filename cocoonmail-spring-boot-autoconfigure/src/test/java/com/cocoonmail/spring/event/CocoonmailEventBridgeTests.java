package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorArrival;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailValidationException;
import com.cocoonmail.spring.client.TestJson;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendEventResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CocoonmailEventBridge} in an application context, against the
 * emulator.
 *
 * @author Cocoonmail Team
 */
class CocoonmailEventBridgeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void publishedSendEventRequestIsSentAndReportedDelivered() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			SendEventRequest request = SendEventRequest.builder()
				.eventName("cart_abandoned")
				.email("jsmith@example.com")
				.attribute("cart_id", "123456")
				.build();
			context.publishEvent(request);
			CocoonmailDeliveredEvent delivered = awaitOutcomes(context, 1).delivered().get(0);
			assertThat(delivered.getSource()).isSameAs(request);
			assertThat(delivered.getKind()).isEqualTo(CocoonmailDeliveryKind.EVENT);
			assertThat(delivered.getRequest()).isSameAs(request);
			EmulatorArrival sent = this.emulator.arrivals().get(0);
			String id = TestJson.tree(sent.body()).path("id").asString();
			assertThat(id).isNotEmpty();
			assertThat(delivered.getResponse()).isEqualTo(new SendEventResponse(true, id));
			BridgeTestSupport.assertRequest(sent.request(), BridgeTestSupport.EVENT_PATH, """
					{ "event_name": "cart_abandoned", "email": "jsmith@example.com",
					  "event_attribute": { "cart_id": "123456" } }
					""");
		});
	}

	@Test
	void publishedSendMailRequestIsSentAndReportedDeliveredWithMessageIds() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			SendMailRequest request = SendMailRequest.builder()
				.transactionalId("reset-password")
				.to("jsmith@example.com")
				.customParameter("link", "https://example.com/reset")
				.build();
			context.publishEvent(request);
			CocoonmailDeliveredEvent delivered = awaitOutcomes(context, 1).delivered().get(0);
			assertThat(delivered.getKind()).isEqualTo(CocoonmailDeliveryKind.MAIL);
			assertThat(delivered.getRequest()).isSameAs(request);
			EmulatorArrival sent = this.emulator.arrivals().get(0);
			String messageId = TestJson.tree(sent.body()).path("report").path(0).path("message_id").asString();
			assertThat(messageId).isNotEmpty();
			assertThat(delivered.getResponse()).isInstanceOfSatisfying(SendMailResponse.class,
					(response) -> assertThat(response.messageIds()).containsExactly(messageId));
			BridgeTestSupport.assertRequest(sent.request(), BridgeTestSupport.MAIL_PATH, """
					{ "transactional_id": "reset-password", "to": [ { "email": "jsmith@example.com" } ],
					  "custom_parameter": { "link": "https://example.com/reset" } }
					""");
		});
	}

	@Test
	void annotatedPlainObjectIsSentAsEventAndMailWithSpelMappedAttributesAndParameters() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			UserSignedUp signedUp = new UserSignedUp("ann@example.com", "Ann", "pro");
			context.publishEvent(signedUp);
			OutcomeRecorder outcomes = awaitOutcomes(context, 2);
			assertThat(outcomes.failed()).isEmpty();
			assertThat(outcomes.delivered()).extracting(CocoonmailDeliveredEvent::getSource).containsOnly(signedUp);
			assertThat(outcomes.delivered()).extracting(CocoonmailDeliveredEvent::getKind)
				.containsExactlyInAnyOrder(CocoonmailDeliveryKind.EVENT, CocoonmailDeliveryKind.MAIL);
			BridgeTestSupport.assertRequest(
					BridgeTestSupport.received(this.emulator, BridgeTestSupport.EVENT_PATH).get(0),
					BridgeTestSupport.EVENT_PATH, """
							{ "event_name": "signup", "email": "ann@example.com",
							  "event_attribute": { "plan": "pro", "source": "web" } }
							""");
			BridgeTestSupport.assertRequest(
					BridgeTestSupport.received(this.emulator, BridgeTestSupport.MAIL_PATH).get(0),
					BridgeTestSupport.MAIL_PATH, """
							{ "transactional_id": "welcome", "to": [ { "email": "ann@example.com" } ],
							  "custom_parameter": { "name": "Ann", "plan": "PRO" } }
							""");
		});
	}

	@Test
	void annotatedApplicationEventIsMappedAgainstTheEventItself() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			OrderShipped shipped = new OrderShipped(this, "A-42", List.of("ann@example.com", "bob@example.com"));
			context.publishEvent(shipped);
			assertThat(awaitOutcomes(context, 1).delivered()).singleElement()
				.extracting(CocoonmailDeliveredEvent::getSource)
				.isSameAs(shipped);
			BridgeTestSupport.assertRequest(BridgeTestSupport.received(this.emulator).get(0),
					BridgeTestSupport.MAIL_PATH, """
							{ "transactional_id": "order-shipped",
							  "to": [ { "email": "ann@example.com" }, { "email": "bob@example.com" } ],
							  "custom_parameter": { "order": "A-42" } }
							""");
		});
	}

	@Test
	void unannotatedEventsAreIgnored() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			context.publishEvent("just a string");
			context.publishEvent(new Notified("ann@example.com", 1));
			awaitOutcomes(context, 1);
			assertThat(BridgeTestSupport.received(this.emulator)).hasSize(1);
		});
	}

	@Test
	void failingServerProducesExactlyOneFailedEventPerRequestAfterTheRetries() {
		this.emulator.failEvery(EmulatorFault.status(503));
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				for (int i = 0; i < 5; i++) {
					context.publishEvent(new Notified("user" + i + "@example.com", i));
				}
				OutcomeRecorder outcomes = awaitOutcomes(context, 5);
				assertThat(outcomes.delivered()).isEmpty();
				assertThat(outcomes.failed()).hasSize(5).allSatisfy((failed) -> {
					assertThat(failed.getRequest()).isInstanceOf(SendEventRequest.class);
					assertThat(failed.getCause()).isInstanceOfSatisfying(CocoonmailApiException.class,
							(ex) -> assertThat(ex.statusCode()).isEqualTo(503));
				});
				assertThat(BridgeTestSupport.received(this.emulator)).hasSize(10);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("cocoonmail.events.failed").tag("kind", "event").counter().count())
					.isEqualTo(5);
				assertThat(registry.get("cocoonmail.events.delivered").tag("kind", "event").counter().count()).isZero();
			});
	}

	@Test
	void mappingThatFailsIsReportedWithTheSourceAndTheOtherRequestIsStillSent() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			BrokenMapping broken = new BrokenMapping("ann@example.com");
			context.publishEvent(broken);
			OutcomeRecorder outcomes = awaitOutcomes(context, 2);
			assertThat(outcomes.failed()).singleElement().satisfies((failed) -> {
				assertThat(failed.getSource()).isSameAs(broken);
				assertThat(failed.getKind()).isEqualTo(CocoonmailDeliveryKind.EVENT);
				assertThat(failed.getRequest()).isNull();
				assertThat(failed.getCause()).isInstanceOf(CocoonmailException.class)
					.hasMessageContaining("attributes = \"{'missing': noSuchProperty}\"")
					.hasMessageContaining(BrokenMapping.class.getName());
			});
			assertThat(outcomes.delivered()).singleElement()
				.extracting(CocoonmailDeliveredEvent::getKind)
				.isEqualTo(CocoonmailDeliveryKind.MAIL);
			assertThat(BridgeTestSupport.received(this.emulator)).singleElement()
				.satisfies((request) -> assertThat(request.path()).isEqualTo(BridgeTestSupport.MAIL_PATH));
		});
	}

	@Test
	void mappingThatYieldsAnInvalidEmailFailsThePublisherIsReportedWithTheRequestAndNothingIsSent() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			assertThatExceptionOfType(CocoonmailValidationException.class)
				.isThrownBy(() -> context.publishEvent(new UserSignedUp("not-an-email", "Ann", "pro")))
				.withMessageContaining("not-an-email");
			OutcomeRecorder outcomes = awaitOutcomes(context, 2);
			assertThat(outcomes.delivered()).isEmpty();
			assertThat(outcomes.failed()).hasSize(2).allSatisfy((failed) -> {
				assertThat(failed.getRequest()).isNotNull();
				assertThat(failed.getCause()).isInstanceOf(CocoonmailValidationException.class);
			});
			context.publishEvent(new Notified("ann@example.com", 1));
			awaitOutcomes(context, 3);
			assertThat(BridgeTestSupport.received(this.emulator)).hasSize(1);
		});
	}

	private OutcomeRecorder awaitOutcomes(AssertableApplicationContext context, int count) {
		OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
		await().atMost(TIMEOUT).until(() -> outcomes.outcomes() >= count);
		return outcomes;
	}

	/**
	 * An event whose attributes expression refers to a property it does not have.
	 *
	 * @param email the email
	 */
	@CocoonmailEvent(name = "broken", email = "email", attributes = "{'missing': noSuchProperty}")
	@CocoonmailMail(transactionalId = "still-works", to = "email")
	record BrokenMapping(String email) {

	}

}
