package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the per-recipient order of {@link CocoonmailEventBridge} under concurrency.
 *
 * @author Cocoonmail Team
 */
class CocoonmailEventBridgeOrderingTests {

	private static final int RECIPIENTS = 5;

	private static final int EVENTS_PER_RECIPIENT = 10;

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final List<String> problems = new ArrayList<>();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void eachRecipientsRequestsAreSentOneAtATimeInPublishOrderWhileRecipientsAreSentConcurrently() {
		CyclicBarrier everyRecipientInFlight = new CyclicBarrier(RECIPIENTS);
		this.emulator.onArrival((request) -> {
			String email = BridgeTestSupport.body(request).path("email").asString();
			if (!this.inFlight.add(email)) {
				problem("two requests for " + email + " in flight at once");
			}
			try {
				everyRecipientInFlight.await(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				problem("not every recipient had a request in flight: " + ex);
			}
			finally {
				this.inFlight.remove(email);
			}
		});
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			for (int seq = 0; seq < EVENTS_PER_RECIPIENT; seq++) {
				for (int i = 0; i < RECIPIENTS; i++) {
					context.publishEvent(new Notified("user" + i + "@example.com", seq));
				}
			}
			OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> outcomes.outcomes() == RECIPIENTS * EVENTS_PER_RECIPIENT);
			assertThat(outcomes.failed()).isEmpty();
			synchronized (this.problems) {
				assertThat(this.problems).isEmpty();
			}
			Map<String, List<Integer>> sequences = new ConcurrentHashMap<>();
			for (EmulatorRequest request : BridgeTestSupport.received(this.emulator)) {
				JsonNode body = BridgeTestSupport.body(request);
				sequences.computeIfAbsent(body.path("email").asString(), (email) -> new ArrayList<>())
					.add(body.path("event_attribute").path("seq").asInt());
			}
			assertThat(sequences).hasSize(RECIPIENTS)
				.allSatisfy((email, seqs) -> assertThat(seqs).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
		});
	}

	private void problem(String problem) {
		synchronized (this.problems) {
			this.problems.add(problem);
		}
	}

}
