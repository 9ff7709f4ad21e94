package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

	@RegisterExtension
	final LoopbackCocoonmail server = new LoopbackCocoonmail();

	final FakeCocoonmail cocoonmail = new FakeCocoonmail(this.server);

	private final TransactionTemplate transactionTemplate = new TransactionTemplate(new TestTransactionManager());

	@Test
	void eventPublishedInTransactionIsSentOnlyAfterCommit() {
		this.cocoonmail.contextRunner().run((context) -> {
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
		this.cocoonmail.contextRunner().run((context) -> {
			this.transactionTemplate.executeWithoutResult((status) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				context.publishEvent(new UserSignedUp(EMAIL, "Ann", "pro"));
				status.setRollbackOnly();
			});
			context.publishEvent(new Notified(EMAIL, 2));
			OutcomeRecorder outcomes = awaitOutcomes(context, 1);
			assertThat(sequenceNumbers()).containsExactly(2);
			assertThat(this.cocoonmail.received()).hasSize(1);
			assertThat(outcomes.failed()).isEmpty();
		});
	}

	@Test
	void eventPublishedOutsideTransactionIsQueuedAtOnce() {
		this.cocoonmail.contextRunner().run((context) -> {
			context.publishEvent(new Notified(EMAIL, 1));
			awaitOutcomes(context, 1);
			assertThat(sequenceNumbers()).containsExactly(1);
		});
	}

	@Test
	void fullQueueAtCommitFailsTheCommitterAfterTheCommit() {
		this.cocoonmail.hold();
		this.cocoonmail.contextRunner().withPropertyValues("cocoonmail.events.queue-capacity=1").run((context) -> {
			context.publishEvent(new Notified(EMAIL, 1));
			await().atMost(TIMEOUT).until(() -> this.cocoonmail.received().size() == 1);
			context.publishEvent(new Notified(EMAIL, 2));
			assertThatExceptionOfType(CocoonmailQueueFullException.class).isThrownBy(() -> this.transactionTemplate
				.executeWithoutResult((status) -> context.publishEvent(new Notified(EMAIL, 3))));
			OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
			assertThat(outcomes.failed()).singleElement()
				.satisfies((failed) -> assertThat(failed.getSource()).isEqualTo(new Notified(EMAIL, 3)));
			this.cocoonmail.release();
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
		return this.cocoonmail.received().stream().map(CocoonmailEventBridgeTransactionTests::sequenceNumber).toList();
	}

	private static int sequenceNumber(RecordedRequest request) {
		return FakeCocoonmail.body(request).path("event_attribute").path("seq").asInt();
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
