package com.cocoonmail.spring.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.event.CocoonmailDeliveryFailedEvent;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code cocoonmail.delivery.allowed-recipients} and
 * {@code cocoonmail.delivery.redirect-to}.
 *
 * @author Cocoonmail Team
 */
class RecipientPolicyTests {

	private static final Duration TIMEOUT = DeliveryTestSupport.TIMEOUT;

	private final CocoonmailEmulator wire = CocoonmailEmulator.builder().noRateLimit().start();

	@AfterEach
	void close() {
		this.wire.close();
	}

	private ApplicationContextRunner live(String... properties) {
		return DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.api-key=" + this.wire.apiKey(),
					"cocoonmail.base-url=" + this.wire.baseUrl())
			.withPropertyValues(properties);
	}

	@Test
	void recipientOutsideTheAllowedPatternsIsRefusedWithATypedErrorAndNothingIsSent() {
		live("cocoonmail.delivery.allowed-recipients=*@example.com,qa+*@corp.example").run((context) -> {
			CocoonmailOperations cocoonmail = context.getBean(CocoonmailOperations.class);
			SendMailRequest mail = SendMailRequest.builder()
				.transactionalId("welcome")
				.to("jane@example.com")
				.cc("jane@customer.example")
				.build();
			StepVerifier.create(cocoonmail.sendMail(mail))
				.expectErrorSatisfies((error) -> assertThat(error)
					.isInstanceOfSatisfying(CocoonmailRecipientNotAllowedException.class,
							(refused) -> assertThat(refused.getRefusedRecipients())
								.containsExactly("jane@customer.example"))
					.hasMessageContaining("cocoonmail.delivery.allowed-recipients [*@example.com, qa+*@corp.example]"))
				.verify(TIMEOUT);
			StepVerifier.create(cocoonmail.sendEvent(SendEventRequest.of("signup", "ceo@customer.example")))
				.expectError(CocoonmailRecipientNotAllowedException.class)
				.verify(TIMEOUT);
			assertThat(this.wire.arrivalCount()).isZero();
			assertThat(context.getBean(DeliveryTestSupport.LedgerListener.class).failures).singleElement()
				.isInstanceOf(CocoonmailRecipientNotAllowedException.class);
			cocoonmail.sendMail(SendMailRequest.builder().transactionalId("welcome").to("Jane@Example.com").build())
				.block(TIMEOUT);
			cocoonmail.sendEvent(SendEventRequest.of("signup", "qa+1@corp.example")).block(TIMEOUT);
			assertThat(this.wire.arrivalCount()).isEqualTo(2);
		});
	}

	@Test
	void aRefusedRecipientOfAPublishedMailBecomesADeliveryFailedEvent() {
		live("cocoonmail.delivery.allowed-recipients=*@example.com").run((context) -> {
			context
				.publishEvent(SendMailRequest.builder().transactionalId("welcome").to("jane@customer.example").build());
			assertThat(context.getBean(CocoonmailEventBridge.class).awaitIdle(TIMEOUT)).isTrue();
			assertThat(context.getBean(DeliveryTestSupport.Outcomes.class).events).singleElement()
				.isInstanceOfSatisfying(CocoonmailDeliveryFailedEvent.class, (failed) -> assertThat(failed.getCause())
					.isInstanceOf(CocoonmailRecipientNotAllowedException.class));
			assertThat(this.wire.arrivalCount()).isZero();
		});
	}

	@Test
	void redirectSendsEverythingToOneAddressWhileTheLedgerKeepsTheOriginalRecipients() {
		live("cocoonmail.delivery.redirect-to=qa@example.com").run((context) -> {
			CocoonmailOperations cocoonmail = context.getBean(CocoonmailOperations.class);
			SendMailResponse sent = cocoonmail
				.sendMail(SendMailRequest.builder()
					.transactionalId("welcome")
					.to("jane@customer.example")
					.to("joe@customer.example")
					.cc("boss@customer.example")
					.build())
				.block(TIMEOUT);
			cocoonmail.sendEvent(SendEventRequest.of("signup", "jane@customer.example")).block(TIMEOUT);
			Map<String, Object> onTheWire = this.wire.cocoonmail().mails().get(0);
			assertThat(onTheWire.get("to"))
				.isEqualTo(List.of(Map.of("email", "qa@example.com"), Map.of("email", "qa@example.com")));
			assertThat(onTheWire).doesNotContainKey("cc");
			assertThat(this.wire.cocoonmail().events()).singleElement()
				.satisfies((event) -> assertThat(event).containsEntry("email", "qa@example.com"));
			assertThat(sent.report()).extracting(MessageReport::to)
				.containsExactly("jane@customer.example", "joe@customer.example");
			DeliveryTestSupport.LedgerListener ledger = context.getBean(DeliveryTestSupport.LedgerListener.class);
			assertThat(ledger.requests).singleElement()
				.satisfies((request) -> assertThat(request.to()).extracting((recipient) -> recipient.email())
					.containsExactly("jane@customer.example", "joe@customer.example"));
			assertThat(ledger.responses).containsExactly(sent);
			String messageId = sent.report().get(1).messageId();
			assertThat(cocoonmail.getMailStatus(messageId).block(TIMEOUT).email()).isEqualTo("qa@example.com");
		});
	}

	@Test
	void redirectAppliesInCaptureModeToo() {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.delivery.mode=capture", "cocoonmail.delivery.redirect-to=qa@example.com")
			.run((context) -> {
				context.getBean(CocoonmailOperations.class)
					.sendMail(SendMailRequest.builder().transactionalId("welcome").to("jane@customer.example").build())
					.block(TIMEOUT);
				assertThat(context.getBean(CocoonmailRecorder.class).mails()).singleElement()
					.satisfies((mail) -> assertThat(mail.to()).extracting((recipient) -> recipient.email())
						.containsExactly("qa@example.com"));
			});
	}

}
