package com.cocoonmail.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.delivery.CocoonmailRecorder;
import com.cocoonmail.spring.test.AutoConfigureCocoonmail;
import com.cocoonmail.spring.test.CocoonmailAssertions;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the sample over HTTP with {@link AutoConfigureCocoonmail}: nothing leaves the
 * JVM, no key is set, and {@link CocoonmailAssertions} checks what the sample sent.
 *
 * @author Cocoonmail Team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:sample-tests")
@AutoConfigureCocoonmail
class SampleApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	private int port;

	@Autowired
	private CocoonmailRecorder recorder;

	@Test
	void signUpSendsTheSignupEventAndTheWelcomeMailToTheNewUser() {
		assertThat(signUp(Map.of("email", "ada@example.com", "name", "Ada", "plan", "pro")))
			.isEqualTo(HttpStatus.ACCEPTED);
		CocoonmailAssertions.assertThat(this.recorder)
			.sentEvent("signup")
			.to("ada@example.com")
			.withAttribute("plan", "pro")
			.times(1);
		CocoonmailAssertions.assertThat(this.recorder)
			.sentMail()
			.withTransactionalId("welcome")
			.to("ada@example.com")
			.withParameter("name", "Ada")
			.withParameter("plan", "pro")
			.times(1);
	}

	@Test
	void theWelcomeMailsStatusCanBeLookedUpByItsMessageId() {
		signUp(Map.of("email", "grace@example.com", "name", "Grace", "plan", "free"));
		this.recorder.flush();
		List<String> messageIds = http().get()
			.uri("/mails?email={email}", "grace@example.com")
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<List<String>>() {
			})
			.block(TIMEOUT);
		assertThat(messageIds).hasSize(1);
		Map<String, Object> mailStatus = http().get()
			.uri("/mails/{id}/status", messageIds.get(0))
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(mailStatus).containsEntry("x_message_id", messageIds.get(0))
			.containsEntry("email", "grace@example.com")
			.containsEntry("delivered", true);
	}

	@Test
	void signUpWithoutEmailIsABadRequestAndSendsNothing() {
		assertThat(signUp(Map.of("name", "Ada"))).isEqualTo(HttpStatus.BAD_REQUEST);
		CocoonmailAssertions.assertThat(this.recorder).sentNothing();
	}

	@Test
	void signUpWithMalformedEmailIsABadRequestAndSendsNothing() {
		assertThat(signUp(Map.of("email", "not-an-email", "name", "Ada", "plan", "pro")))
			.isEqualTo(HttpStatus.BAD_REQUEST);
		CocoonmailAssertions.assertThat(this.recorder).sentNothing();
	}

	@Test
	void statusOfAnUnknownMessageIdIsNotFound() {
		HttpStatus status = http().get()
			.uri("/mails/{id}/status", "no-such-message")
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void healthIsUpWithTheCocoonmailComponent() {
		Map<String, Object> health = http().get()
			.uri("/actuator/health")
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(health).containsEntry("status", "UP")
			.extractingByKey("components")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.extractingByKey("cocoonmail")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("status", "UP");
	}

	private HttpStatus signUp(Map<String, String> form) {
		return http().post()
			.uri("/signup")
			.bodyValue(form)
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
	}

	private WebClient http() {
		return WebClient.create("http://127.0.0.1:" + this.port);
	}

}
