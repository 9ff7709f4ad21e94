package com.cocoonmail.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.sample.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.event.CocoonmailOutbox;
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
import static org.awaitility.Awaitility.await;

/**
 * Drives the sample over HTTP against its embedded emulator.
 *
 * @author Cocoonmail Team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cocoonmail.api-key=", "spring.datasource.url=jdbc:h2:mem:sample-tests" })
class SampleApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	private int port;

	@Autowired
	private CocoonmailEmulator emulator;

	@Autowired
	private CocoonmailOutbox outbox;

	@Test
	void signUpSendsAnEventAndAWelcomeMailWhoseStatusCanBeLookedUp() {
		WebClient http = WebClient.create("http://127.0.0.1:" + this.port);
		HttpStatus status = http.post()
			.uri("/signup")
			.bodyValue(Map.of("email", "ada@example.com", "name", "Ada", "plan", "pro"))
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.ACCEPTED);
		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(this.emulator.store().events()).singleElement()
				.satisfies((event) -> assertThat(event).containsEntry("event_name", "signup")
					.containsEntry("email", "ada@example.com")
					.containsEntry("event_attribute", Map.of("plan", "pro")));
			assertThat(this.emulator.store().mails()).singleElement()
				.satisfies((mail) -> assertThat(mail).containsEntry("transactional_id", "welcome")
					.containsEntry("custom_parameter", Map.of("name", "Ada", "plan", "pro")));
		});
		List<String> messageIds = await().atMost(TIMEOUT)
			.until(() -> http.get()
				.uri("/mails?email={email}", "ada@example.com")
				.retrieve()
				.bodyToMono(new ParameterizedTypeReference<List<String>>() {
				})
				.block(TIMEOUT), (ids) -> !ids.isEmpty());
		Map<String, Object> mailStatus = http.get()
			.uri("/mails/{id}/status", messageIds.get(0))
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(mailStatus).containsEntry("x_message_id", messageIds.get(0))
			.containsEntry("email", "ada@example.com")
			.containsEntry("delivered", true);
	}

	@Test
	void signUpWithoutEmailIsABadRequest() {
		HttpStatus status = WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/signup")
			.bodyValue(Map.of("name", "Ada"))
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void signUpWithMalformedEmailIsABadRequestAndNothingIsSent() {
		HttpStatus status = WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/signup")
			.bodyValue(Map.of("email", "not-an-email", "name", "Ada", "plan", "pro"))
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.outbox.pending()).isZero();
		assertThat(this.emulator.store().mails())
			.noneSatisfy((mail) -> assertThat(String.valueOf(mail.get("to"))).contains("not-an-email"));
	}

	@Test
	void statusOfAnUnknownMessageIdIsNotFound() {
		HttpStatus status = WebClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/mails/{id}/status", "no-such-message")
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void healthIsUpWithTheCocoonmailComponent() {
		Map<String, Object> health = WebClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/actuator/health")
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(health).containsEntry("status", "UP");
		assertThat(health).extractingByKey("components")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.extractingByKey("cocoonmail")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("status", "UP")
			.extractingByKey("details")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("host", "127.0.0.1");
	}

}
