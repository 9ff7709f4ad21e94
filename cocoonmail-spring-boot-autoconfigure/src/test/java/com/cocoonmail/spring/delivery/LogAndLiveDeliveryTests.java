package com.cocoonmail.spring.delivery;

import java.time.Duration;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code cocoonmail.delivery.mode=log} and {@code live}.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class LogAndLiveDeliveryTests {

	private static final Duration TIMEOUT = DeliveryTestSupport.TIMEOUT;

	private final CocoonmailEmulator wire = CocoonmailEmulator.start();

	@AfterEach
	void close() {
		this.wire.close();
	}

	@Test
	void logModeNeedsNoKeyLogsEachRequestWithTheRecipientsDomainOnlyAndSendsNothing(CapturedOutput output) {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.delivery.mode=log", "cocoonmail.base-url=" + this.wire.baseUrl())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CocoonmailRecorder.class);
				CocoonmailOperations cocoonmail = context.getBean(CocoonmailOperations.class);
				SendMailResponse sent = cocoonmail
					.sendMail(SendMailRequest.builder()
						.transactionalId("welcome")
						.to(Recipient.builder().email("jane.doe@customer.example").firstName("Jane").build())
						.cc("boss@corp.example")
						.build())
					.block(TIMEOUT);
				assertThat(sent.messageIds()).hasSize(1);
				assertThat(cocoonmail.getMailStatus(sent.messageIds().get(0)).block(TIMEOUT).sent()).isTrue();
				cocoonmail.sendEvent(SendEventRequest.of("signup", "jane.doe@customer.example")).block(TIMEOUT);
			});
		assertThat(this.wire.arrivalCount()).isZero();
		assertThat(output)
			.contains("Not sent (cocoonmail.delivery.mode=log): POST /webhook/mail/send to 2 recipient(s) "
					+ "at [corp.example, customer.example], transactional_id=welcome; answered 201")
			.contains("POST /webhook/event/send to 1 recipient(s) at [customer.example], event_name=signup")
			.contains("GET /webhook/mail/status; answered 200")
			.doesNotContain("jane.doe")
			.doesNotContain("Jane")
			.doesNotContain("boss@");
	}

	@Test
	void liveModeWithoutAKeyLeavesTheAutoConfigurationOff() {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.delivery.mode=live")
			.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailRecorder.class));
	}

	@Test
	void liveModeSendsToTheConfiguredServer() {
		DeliveryTestSupport.contextRunner()
			.withPropertyValues("cocoonmail.api-key=" + this.wire.apiKey(),
					"cocoonmail.base-url=" + this.wire.baseUrl())
			.run((context) -> context.getBean(CocoonmailOperations.class)
				.sendEvent(SendEventRequest.of("signup", "jane@example.com"))
				.block(TIMEOUT));
		assertThat(this.wire.cocoonmail().events()).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("email", "jane@example.com"));
	}

}
