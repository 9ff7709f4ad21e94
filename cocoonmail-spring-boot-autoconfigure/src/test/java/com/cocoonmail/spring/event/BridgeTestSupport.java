package com.cocoonmail.spring.event;

import java.util.List;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorArrival;
import com.cocoonmail.emulator.EmulatorEndpoint;
import com.cocoonmail.emulator.EmulatorRequest;
import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailEventBridgeAutoConfiguration;
import com.cocoonmail.spring.client.TestJson;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared pieces of the event bridge and outbox tests, which run against a
 * {@link CocoonmailEmulator}: the emulator without a rate limit, a context runner pointed
 * at it, and the requests that reached it with their JSON bodies.
 *
 * @author Cocoonmail Team
 */
final class BridgeTestSupport {

	static final String EVENT_PATH = EmulatorEndpoint.SEND_EVENT.defaultPath();

	static final String MAIL_PATH = EmulatorEndpoint.SEND_MAIL.defaultPath();

	private BridgeTestSupport() {
	}

	/**
	 * Start an emulator that refuses no request, as the bridge tests do not pace.
	 * @return the running emulator
	 */
	static CocoonmailEmulator startEmulator() {
		return CocoonmailEmulator.builder().noRateLimit().start();
	}

	/**
	 * Return a runner of contexts with the Cocoonmail auto-configurations pointed at the
	 * emulator, without pacing, retrying every failure once after a millisecond, and with
	 * an {@link OutcomeRecorder}.
	 * @param emulator the emulator
	 * @return the runner
	 */
	static ApplicationContextRunner contextRunner(CocoonmailEmulator emulator) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailEventBridgeAutoConfiguration.class))
			.withBean(OutcomeRecorder.class)
			.withPropertyValues("cocoonmail.api-key=" + emulator.apiKey(), "cocoonmail.base-url=" + emulator.baseUrl(),
					"cocoonmail.rate-limit.enabled=false", "cocoonmail.retry.max-attempts=2",
					"cocoonmail.retry.initial-backoff=1ms", "cocoonmail.retry.max-backoff=2ms",
					"cocoonmail.retry.non-idempotent=true");
	}

	/**
	 * Return every request that reached the emulator, in arrival order.
	 * @param emulator the emulator
	 * @return the requests
	 */
	static List<EmulatorRequest> received(CocoonmailEmulator emulator) {
		return emulator.arrivals().stream().map(EmulatorArrival::request).toList();
	}

	/**
	 * Return the requests that reached the emulator on the given path, in arrival order.
	 * @param emulator the emulator
	 * @param path the path
	 * @return the requests
	 */
	static List<EmulatorRequest> received(CocoonmailEmulator emulator, String path) {
		return received(emulator).stream().filter((request) -> path.equals(request.path())).toList();
	}

	/**
	 * Assert that a request is a {@code POST} to the given path with exactly the given
	 * JSON body.
	 * @param request the request
	 * @param path the expected path
	 * @param expectedJson the expected body
	 */
	static void assertRequest(EmulatorRequest request, String path, String expectedJson) {
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo(path);
		TestJson.assertJsonEquals(expectedJson, request.body());
	}

	/**
	 * Return the {@code seq} attribute of the {@link Notified} event of every request
	 * that reached the emulator, in arrival order.
	 * @param emulator the emulator
	 * @return the sequence numbers
	 */
	static List<Integer> sequenceNumbers(CocoonmailEmulator emulator) {
		return received(emulator).stream().map(BridgeTestSupport::sequenceNumber).toList();
	}

	/**
	 * Return the {@code seq} attribute of the {@link Notified} event a request carried.
	 * @param request the request
	 * @return the sequence number
	 */
	static int sequenceNumber(EmulatorRequest request) {
		return body(request).path("event_attribute").path("seq").asInt();
	}

	/**
	 * Return the JSON body of a request.
	 * @param request the request
	 * @return the body
	 */
	static JsonNode body(EmulatorRequest request) {
		return TestJson.tree(request.body());
	}

}
