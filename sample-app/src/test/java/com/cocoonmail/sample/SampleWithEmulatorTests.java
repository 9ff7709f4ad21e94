package com.cocoonmail.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorWebhook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the sample over HTTP as {@code spring-boot:test-run} starts it: against the
 * Cocoonmail emulator on a loopback port, which posts its webhooks back to the sample's
 * receiver, so the sends ledger shows each welcome mail opened or bounced.
 *
 * @author Cocoonmail Team
 */
@SpringBootTest(classes = { SampleApplication.class, DevEmulatorConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:sample-emulator-tests;DB_CLOSE_DELAY=-1")
@ActiveProfiles(DevEmulatorConfiguration.PROFILE)
class SampleWithEmulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	private int port;

	@Autowired
	private CocoonmailEmulator emulator;

	@Value("${cocoonmail.sends.api.token}")
	private String sendsToken;

	@Test
	void signUpSendsAnEventAndAWelcomeMailWhoseStatusCanBeLookedUp() {
		String messageId = welcomeMailOf("ada@example.com", "Ada", "pro");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.emulator.cocoonmail().events())
				.filteredOn((event) -> "ada@example.com".equals(event.get("email")))
				.singleElement()
				.satisfies((event) -> assertThat(event).containsEntry("event_name", "signup")
					.containsEntry("event_attribute", Map.of("plan", "pro"))));
		assertThat(this.emulator.cocoonmail().mails())
			.filteredOn((mail) -> String.valueOf(mail.get("to")).contains("ada@example.com"))
			.singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("transactional_id", "welcome")
				.containsEntry("custom_parameter", Map.of("name", "Ada", "plan", "pro")));
		Map<String, Object> mailStatus = http().get()
			.uri("/mails/{id}/status", messageId)
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(mailStatus).containsEntry("x_message_id", messageId)
			.containsEntry("email", "ada@example.com")
			.containsEntry("delivered", true);
	}

	@Test
	void theEmulatorsWebhooksShowTheWelcomeMailOpenedInTheSendsLedger() {
		String messageId = welcomeMailOf("grace@example.com", "Grace", "free");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(ledgerSend(messageId)).containsEntry("email", "grace@example.com")
				.containsEntry("open_count", 1)
				.containsEntry("failed_at", null)
				.containsEntry("failure_reason", null)
				.containsEntry("subscriber_uuid", contactUuid("grace@example.com"))
				.hasEntrySatisfying("delivered_at", (deliveredAt) -> assertThat(deliveredAt).isNotNull())
				.hasEntrySatisfying("first_opened_at", (openedAt) -> assertThat(openedAt).isNotNull()));
	}

	@Test
	void theEmulatorsWebhooksShowTheWelcomeMailToABounceAddressFailedInTheSendsLedger() {
		String messageId = welcomeMailOf("x@" + CocoonmailEmulator.BOUNCE_DOMAIN, "X", "free");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(ledgerSend(messageId)).containsEntry("open_count", 0)
				.containsEntry("failure_reason", "Bounced (reported by Cocoonmail's email.bounced webhook)")
				.containsEntry("delivered_at", null)
				.hasEntrySatisfying("failed_at", (failedAt) -> assertThat(failedAt).isNotNull())
				.hasEntrySatisfying("bounced_at", (bouncedAt) -> assertThat(bouncedAt).isNotNull()));
	}

	/**
	 * Sign a user up and return, once it is sent, the message id of the welcome mail.
	 * @param email the user's email
	 * @param name the user's name
	 * @param plan the user's plan
	 * @return the message id
	 */
	private String welcomeMailOf(String email, String name, String plan) {
		WebClient http = http();
		HttpStatus status = http.post()
			.uri("/signup")
			.bodyValue(Map.of("email", email, "name", name, "plan", plan))
			.exchangeToMono((response) -> response.releaseBody().thenReturn((HttpStatus) response.statusCode()))
			.block(TIMEOUT);
		assertThat(status).isEqualTo(HttpStatus.ACCEPTED);
		return await().atMost(TIMEOUT)
			.until(() -> http.get()
				.uri("/mails?email={email}", email)
				.retrieve()
				.bodyToMono(new ParameterizedTypeReference<List<String>>() {
				})
				.block(TIMEOUT), (ids) -> !ids.isEmpty())
			.get(0);
	}

	/**
	 * Read the send of a message from the sends API.
	 * @param messageId the transport message id
	 * @return the send, as a JSON object
	 */
	private Map<String, Object> ledgerSend(String messageId) {
		Map<String, Object> page = http().get()
			.uri("/api/sends?filter[transport_message_id]={id}", messageId)
			.header("Authorization", "Bearer " + this.sendsToken)
			.retrieve()
			.bodyToMono(JSON_OBJECT)
			.block(TIMEOUT);
		assertThat(page).isNotNull();
		assertThat(page).extractingByKey("data").asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> send = (Map<String, Object>) ((List<?>) page.get("data")).get(0);
		return send;
	}

	private static String contactUuid(String email) {
		return EmulatorWebhook.email("email.sent", "any", email, java.time.Instant.now())
			.headers()
			.get("x-cocoon-contact-uuid");
	}

	@Test
	void healthIsUpWithTheCocoonmailComponent() {
		Map<String, Object> health = http().get()
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

	private WebClient http() {
		return WebClient.create("http://127.0.0.1:" + this.port);
	}

}
