package com.cocoonmail.spring.test;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.delivery.CocoonmailRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AutoConfigureCocoonmail} and {@link CocoonmailAssertions} on a
 * {@link SpringBootTest} without any Cocoonmail property.
 *
 * @author Cocoonmail Team
 */
@SpringBootTest(classes = AutoConfigureCocoonmailTests.TestApplication.class)
@AutoConfigureCocoonmail
class AutoConfigureCocoonmailTests {

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private CocoonmailRecorder recorder;

	@Autowired
	private CocoonmailOperations cocoonmail;

	@Autowired
	private Environment environment;

	@Test
	void aPublishedSignUpSendsTheEventAndTheWelcomeMail() {
		this.publisher.publishEvent(new SignedUp("jane@example.com", "Jane"));
		CocoonmailAssertions.assertThat(this.recorder)
			.sentEvent("signup")
			.to("jane@example.com")
			.withAttribute("source", "test")
			.times(1);
		CocoonmailAssertions.assertThat(this.recorder)
			.sentMail()
			.withTransactionalId("welcome")
			.to("jane@example.com")
			.withParameter("name", "Jane")
			.times(1);
	}

	@Test
	void theRecorderStartsEmptyInEveryTest() {
		CocoonmailAssertions.assertThat(this.recorder).sentNothing();
		this.publisher.publishEvent(new SignedUp("joe@example.com", "Joe"));
		CocoonmailAssertions.assertThat(this.recorder).sentMail().times(1);
	}

	@Test
	void everyOperationAnswersLikeCocoonmailSoNothingIsNull() {
		SendMailResponse sent = this.cocoonmail
			.sendMail(SendMailRequest.builder().transactionalId("receipt").to("jane@example.com").build())
			.block(Duration.ofSeconds(5));
		assertThat(sent.messageIds()).singleElement().isNotNull();
		assertThat(this.cocoonmail.getMailStatus(sent.messageIds().get(0)).block(Duration.ofSeconds(5)).email())
			.isEqualTo("jane@example.com");
		assertThat(this.cocoonmail.validateApiKey().block(Duration.ofSeconds(5)).success()).isTrue();
	}

	@Test
	void aFailedAssertionSaysWhatWasSent() {
		this.publisher.publishEvent(new SignedUp("jane@example.com", "Jane"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> CocoonmailAssertions.assertThat(this.recorder).sentMail().to("bob@example.com"))
			.withMessageContaining("Expected a mail to <bob@example.com>")
			.withMessageContaining("transactional_id=welcome to [jane@example.com] with {name=Jane}");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> CocoonmailAssertions.assertThat(this.recorder).sentEvent("purchase"))
			.withMessageContaining("signup for jane@example.com");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> CocoonmailAssertions.assertThat(this.recorder).sentNoMail())
			.withMessageContaining("Expected no transactional mail, but 1 were sent");
	}

	@Test
	void noKeyIsNeededAndTheRateLimiterIsOff() {
		assertThat(this.environment.getProperty("cocoonmail.api-key")).isNull();
		assertThat(this.environment.getProperty("cocoonmail.rate-limit.enabled")).isEqualTo("false");
		assertThat(this.environment.getProperty("cocoonmail.delivery.mode")).isEqualTo("capture");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
