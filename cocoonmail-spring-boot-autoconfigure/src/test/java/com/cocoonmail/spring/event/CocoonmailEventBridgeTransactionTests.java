package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.cocoonmail.emulator.CocoonmailEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CocoonmailEventBridge} with events published inside transactions. Each
 * test relies on the bridge sending one recipient's requests in the order they were
 * queued: a request queued too early would be sent before a later one for the same
 * recipient.
 *
 * @author Cocoonmail Team
 */
class CocoonmailEventBridgeTransactionTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String EMAIL = "ann@example.com";

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	private final TransactionTemplate transactionTemplate = new TransactionTemplate(new TestTransactionManager());

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void eventPublishedInTransactionIsSentOnlyAfterCommit() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
			this.transactionTemplate.executeWithoutResult((status) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				CompletableFuture.runAsync(() -> context.publishEvent(new Notified(EMAIL, 2))).join();
				await().atMost(TIMEOUT).until(() -> !outcomes.delivered().isEmpty());
				assertThat(sequenceNumbers()).containsExactly(2);
			});
			await().atMost(TIMEOUT).until(() -> outcomes.delivered().size() == 2);
			assertThat(sequenceNumbers()).containsExactly(2, 1);
			assertThat(outcomes.failed()).isEmpty();
		});
	}

	@Test
	void eventPublishedInTransactionThatRollsBackIsNeverSent() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			this.transactionTemplate.executeWithoutResult((status) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				context.publishEvent(new UserSignedUp(EMAIL, "Ann", "pro"));
				status.setRollbackOnly();
			});
			context.publishEvent(new Notified(EMAIL, 2));
			OutcomeRecorder outcomes = awaitOutcomes(context, 1);
			assertThat(sequenceNumbers()).containsExactly(2);
			assertThat(this.emulator.arrivals()).hasSize(1);
			assertThat(outcomes.failed()).isEmpty();
		});
	}

	@Test
	void eventPublishedOutsideTransactionIsQueuedAtOnce() {
		BridgeTestSupport.contextRunner(this.emulator).run((context) -> {
			context.publishEvent(new Notified(EMAIL, 1));
			awaitOutcomes(context, 1);
			assertThat(sequenceNumbers()).containsExactly(1);
		});
	}

	@Test
	void fullQueueAtCommitFailsTheCommitterAfterTheCommit() {
		this.emulator.hold();
		BridgeTestSupport.contextRunner(this.emulator)
			.withPropertyValues("cocoonmail.events.queue-capacity=1")
			.run((context) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 1);
				context.publishEvent(new Notified(EMAIL, 2));
				assertThatExceptionOfType(CocoonmailQueueFullException.class).isThrownBy(() -> this.transactionTemplate
					.executeWithoutResult((status) -> context.publishEvent(new Notified(EMAIL, 3))));
				OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
				assertThat(outcomes.failed()).singleElement()
					.satisfies((failed) -> assertThat(failed.getSource()).isEqualTo(new Notified(EMAIL, 3)));
				this.emulator.release();
				awaitOutcomes(context, 3);
				assertThat(sequenceNumbers()).containsExactly(1, 2);
			});
	}

	private OutcomeRecorder awaitOutcomes(AssertableApplicationContext context, int count) {
		OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
		await().atMost(TIMEOUT).until(() -> outcomes.outcomes() >= count);
		return outcomes;
	}

	private List<Integer> sequenceNumbers() {
		return BridgeTestSupport.sequenceNumbers(this.emulator);
	}

	/**
	 * A transaction manager without a resource, for transaction synchronization only.
	 */
	static class TestTransactionManager extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
