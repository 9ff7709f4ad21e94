package com.cocoonmail.spring.delivery;

import java.time.Duration;
import java.util.List;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.event.CocoonmailDeliveredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code cocoonmail.delivery.mode=capture}.
 *
 * @author Cocoonmail Team
 */
class CaptureDeliveryTests {

	private static final Duration TIMEOUT = DeliveryTestSupport.TIMEOUT;

	private final CocoonmailEmulator wire = CocoonmailEmulator.start();

	@AfterEach
	void close() {
		this.wire.close();
	}

	@Test
	void captureNeedsNoKeyAnswersEveryOperationLikeCocoonmailAndSendsNothing() {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.delivery.mode=capture", "cocoonmail.base-url=" + this.wire.baseUrl())
			.run((context) -> {
				CocoonmailOperations cocoonmail = context.getBean(CocoonmailOperations.class);
				CocoonmailRecorder recorder = context.getBean(CocoonmailRecorder.class);
				SendMailResponse sent = cocoonmail
					.sendMail(SendMailRequest.builder().transactionalId("welcome").to("jane@example.com").build())
					.block(TIMEOUT);
				assertThat(sent.messageIds()).hasSize(1);
				MailStatus status = cocoonmail.getMailStatus(sent.messageIds().get(0)).block(TIMEOUT);
				assertThat(status.email()).isEqualTo("jane@example.com");
				assertThat(status.delivered()).isTrue();
				assertThat(cocoonmail.sendEvent(SendEventRequest.of("signup", "jane@example.com")).block(TIMEOUT).id())
					.isNotBlank();
				assertThat(cocoonmail.validateApiKey().block(TIMEOUT).success()).isTrue();
				assertThat(cocoonmail.getEmailUsage().block(TIMEOUT).quotas()).isNotEmpty();
				assertThat(cocoonmail.verifyEmail("jane@example.com").block(TIMEOUT).status()).isEqualTo("safe");
				assertThat(
						cocoonmail.createContact(Contact.builder().email("jane@example.com").firstName("Jane").build())
							.block(TIMEOUT)
							.id())
					.isNotBlank();
				assertThat(
						cocoonmail.findContacts(ContactLookup.byEmail("jane@example.com")).collectList().block(TIMEOUT))
					.extracting(Contact::firstName)
					.containsExactly("Jane");
				assertThat(cocoonmail.listContacts().collectList().block(TIMEOUT)).hasSize(1);
				assertThat(cocoonmail.listMailingLists().collectList().block(TIMEOUT)).isNotEmpty();
				assertThat(cocoonmail.listCustomFields().collectList().block(TIMEOUT)).isNotEmpty();
				assertThat(cocoonmail.deleteContact(ContactLookup.byEmail("jane@example.com")).blockOptional(TIMEOUT))
					.isEmpty();
				assertThat(recorder.mails()).singleElement()
					.satisfies((mail) -> assertThat(mail.transactionalId()).isEqualTo("welcome"));
				assertThat(recorder.events()).extracting(SendEventRequest::eventName).containsExactly("signup");
				assertThat(recorder.requests()).hasSize(12)
					.allSatisfy((request) -> assertThat(request.headers()).doesNotContainKeys("authorization"));
				assertThat(context.getBean(DeliveryTestSupport.LedgerListener.class).responses).containsExactly(sent);
			});
		assertThat(this.wire.arrivalCount()).isZero();
	}

	@Test
	void flushWaitsUntilTheBridgeSentWhatWasPublished() {
		DeliveryTestSupport.contextRunner().withPropertyValues("cocoonmail.delivery.mode=capture").run((context) -> {
			CocoonmailRecorder recorder = context.getBean(CocoonmailRecorder.class);
			for (int i = 0; i < 20; i++) {
				context.publishEvent(SendEventRequest.of("visit-" + i, "jane@example.com"));
			}
			recorder.flush();
			assertThat(recorder.events()).hasSize(20);
			assertThat(context.getBean(DeliveryTestSupport.Outcomes.class).events).hasSize(20)
				.allSatisfy((event) -> assertThat(event).isInstanceOf(CocoonmailDeliveredEvent.class));
			recorder.clear();
			assertThat(recorder.events()).isEmpty();
		});
	}

	@Test
	void aKeyIsNotNeededButAConfiguredOneNeverReachesTheRecorder() {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.delivery.mode=capture", "cocoonmail.api-key=secret-staging-key")
			.run((context) -> {
				CocoonmailRecorder recorder = context.getBean(CocoonmailRecorder.class);
				context.getBean(CocoonmailOperations.class).validateApiKey().block(TIMEOUT);
				assertThat(recorder.requests()).singleElement()
					.satisfies((request) -> assertThat(List.of(request.toString(), request.headers().toString()))
						.noneMatch((text) -> text.contains("secret-staging-key")));
			});
	}

}
