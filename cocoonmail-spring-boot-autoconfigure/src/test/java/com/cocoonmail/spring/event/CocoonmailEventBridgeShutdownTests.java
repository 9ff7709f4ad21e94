package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the queue limit and the shutdown of {@link CocoonmailEventBridge}: every
 * published request ends delivered or reported as failed.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailEventBridgeShutdownTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void fullQueueFailsThePublisherAndIsReportedAsFailed() {
		this.emulator.hold();
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("cocoonmail.events.queue-capacity=2")
			.run((context) -> {
				context.publishEvent(new Notified("ann@example.com", 1));
				await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 1);
				context.publishEvent(new Notified("ann@example.com", 2));
				context.publishEvent(new Notified("ann@example.com", 3));
				assertThatExceptionOfType(CocoonmailQueueFullException.class)
					.isThrownBy(() -> context.publishEvent(new Notified("ann@example.com", 4)))
					.withMessageContaining("cocoonmail.events.queue-capacity")
					.satisfies((ex) -> assertThat(ex.getCapacity()).isEqualTo(2));
				OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
				assertThat(outcomes.failed()).singleElement().satisfies((failed) -> {
					assertThat(failed.getSource()).isEqualTo(new Notified("ann@example.com", 4));
					assertThat(failed.getCause()).isInstanceOf(CocoonmailQueueFullException.class);
				});
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("cocoonmail.events.failed").tag("kind", "event").counter().count())
					.isEqualTo(1);
				this.emulator.release();
				await().atMost(TIMEOUT).until(() -> outcomes.delivered().size() == 3);
				assertThat(registry.get("cocoonmail.events.delivered").tag("kind", "event").counter().count())
					.isEqualTo(3);
			});
	}

	@Test
	void shutdownDeliversEverythingQueuedWithinTheTimeout() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
			List<Notified> published = publish(context::publishEvent, 10, 3);
			context.close();
			assertThat(outcomes.failed()).isEmpty();
			assertThat(outcomes.delivered()).extracting(CocoonmailDeliveredEvent::getSource)
				.containsExactlyInAnyOrderElementsOf(published);
			assertThat(this.emulator.arrivals()).hasSize(published.size());
		});
	}

	@Test
	void shutdownReportsEverythingItCouldNotDeliverInTime(CapturedOutput output) {
		this.emulator.hold();
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("cocoonmail.events.shutdown-timeout=100ms")
			.run((context) -> {
				OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				List<Notified> published = publish(context::publishEvent, 10, 2);
				await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == CocoonmailEventBridge.CONCURRENCY);
				context.close();
				await().atMost(TIMEOUT).until(() -> outcomes.outcomes() == published.size());
				assertThat(outcomes.delivered()).isEmpty();
				assertThat(outcomes.failed()).extracting(CocoonmailDeliveryFailedEvent::getSource)
					.containsExactlyInAnyOrderElementsOf(published);
				assertThat(outcomes.failed()).extracting(CocoonmailDeliveryFailedEvent::getCause)
					.allSatisfy((cause) -> assertThat(cause).isInstanceOf(CocoonmailException.class)
						.hasMessageContaining("stopped"));
				assertThat(registry.get("cocoonmail.events.failed").tag("kind", "event").counter().count())
					.isEqualTo(published.size());
				assertThat(output).contains("event 'notified' to u***@example.com published as")
					.doesNotContain("user1@example.com");
				assertThat(output.toString().lines().filter((line) -> line.contains("stopped with"))).singleElement()
					.asString()
					.contains("12 requests not sent and 8 in flight");
			});
	}

	@Test
	void eventPublishedAfterStopFailsThePublisherAndIsReportedAsFailed() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			context.getBean(CocoonmailEventBridge.class).stop();
			assertThatExceptionOfType(CocoonmailException.class)
				.isThrownBy(() -> context.publishEvent(new Notified("ann@example.com", 1)))
				.withMessageContaining("stopped");
			assertThat(context.getBean(OutcomeRecorder.class).failed()).singleElement()
				.satisfies((failed) -> assertThat(failed.getSource()).isEqualTo(new Notified("ann@example.com", 1)));
			assertThat(this.emulator.arrivals()).isEmpty();
		});
	}

	private static List<Notified> publish(Publisher publisher, int recipients, int perRecipient) {
		List<Notified> published = new ArrayList<>();
		for (int seq = 0; seq < perRecipient; seq++) {
			for (int i = 0; i < recipients; i++) {
				Notified event = new Notified("user" + i + "@example.com", seq);
				publisher.publish(event);
				published.add(event);
			}
		}
		return published;
	}

	/**
	 * Publishes an event.
	 */
	@FunctionalInterface
	interface Publisher {

		void publish(Object event);

	}

}
