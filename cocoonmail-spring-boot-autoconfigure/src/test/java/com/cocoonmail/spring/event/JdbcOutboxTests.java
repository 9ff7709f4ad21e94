package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the JDBC outbox of {@link CocoonmailEventBridge} on H2 and on a real
 * PostgreSQL server.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class JdbcOutboxTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final String EMAIL = "ann@example.com";

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void requestIsWrittenInThePublishersTransactionSentAfterCommitAndNeverAfterRollback(OutboxDatabase database) {
		DataSource dataSource = database.createDataSource();
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		JdbcClient jdbc = JdbcClient.create(dataSource);
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("cocoonmail.events.store=jdbc", "cocoonmail.events.jdbc.initialize-schema=always")
			.run((context) -> {
				CocoonmailOutbox outbox = context.getBean(CocoonmailOutbox.class);
				transactions.executeWithoutResult((status) -> {
					context.publishEvent(new Notified(EMAIL, 1));
					assertThat(count(jdbc, "COCOONMAIL_OUTBOX")).isEqualTo(1);
					status.setRollbackOnly();
				});
				assertThat(count(jdbc, "COCOONMAIL_OUTBOX")).isZero();
				transactions.executeWithoutResult((status) -> {
					context.publishEvent(new Notified(EMAIL, 2));
					assertThat(outbox.awaitIdle(Duration.ofMillis(300))).isFalse();
					assertThat(this.emulator.arrivals()).isEmpty();
				});
				assertThat(outbox.awaitIdle(TIMEOUT)).isTrue();
				assertThat(sequenceNumbers()).containsExactly(2);
				assertThat(context.getBean(OutcomeRecorder.class).delivered()).hasSize(1);
				assertThat(count(jdbc, "COCOONMAIL_OUTBOX")).isZero();
				assertThat(count(jdbc, "COCOONMAIL_OUTBOX_RECIPIENT")).isZero();
			});
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void requestWhoseLeaseExpiredWhileInFlightIsSentAgainAndCountedAsPossibleDuplicate(OutboxDatabase database) {
		DataSource dataSource = database.createDataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.emulator.hold();
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(DataSource.class, () -> dataSource)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("cocoonmail.events.store=jdbc", "cocoonmail.events.jdbc.initialize-schema=always")
			.run((context) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 1);
				assertThat(jdbc.sql("UPDATE COCOONMAIL_OUTBOX SET LEASE_UNTIL = 0 WHERE STATUS = 'SENDING'").update())
					.isOne();
				await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 2);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("cocoonmail.events.possible.duplicates").tag("kind", "event").counter().count())
					.isEqualTo(1);
				this.emulator.release();
				assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(TIMEOUT)).isTrue();
				assertThat(sequenceNumbers()).containsExactly(1, 1);
			});
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void failureARetryCanHelpIsTriedAgainLaterFromTheOutboxThenKeptAsFailed(OutboxDatabase database) {
		this.emulator.failEvery(EmulatorFault.status(503));
		database.apply(BridgeTestSupport.contextRunner(this.emulator)).run((context) -> {
			CocoonmailOutbox outbox = context.getBean(CocoonmailOutbox.class);
			context.publishEvent(new Notified(EMAIL, 1));
			await().atMost(TIMEOUT).until(() -> !outbox.failed().isEmpty());
			assertThat(outbox.failed()).singleElement().satisfies((failed) -> {
				assertThat(failed.attempts()).isEqualTo(2);
				assertThat(failed.error()).contains("503");
			});
			assertThat(this.emulator.arrivals()).hasSize(4);
			assertThat(context.getBean(OutcomeRecorder.class).failed()).hasSize(1);
		});
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void schemaIsCreatedWithTheConfiguredTablePrefix(OutboxDatabase database) {
		DataSource dataSource = database.createDataSource();
		BridgeTestSupport.contextRunner(this.emulator)
			.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("cocoonmail.events.jdbc.initialize-schema=always",
					"cocoonmail.events.jdbc.table-prefix=APP_MAIL_")
			.run((context) -> {
				context.publishEvent(new Notified(EMAIL, 1));
				assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(TIMEOUT)).isTrue();
				assertThat(this.emulator.arrivals()).hasSize(1);
				assertThat(count(JdbcClient.create(dataSource), "APP_MAIL_OUTBOX")).isZero();
			});
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void stopKeepsWhatIsPendingForTheNextStartWithOneSummaryLineAndNoFailure(OutboxDatabase database,
			CapturedOutput output) {
		DataSource dataSource = database.createDataSource();
		this.emulator.hold();
		ApplicationContextRunner runner = BridgeTestSupport.contextRunner(this.emulator)
			.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("cocoonmail.events.jdbc.initialize-schema=always", "cocoonmail.events.lease=1s",
					"cocoonmail.events.shutdown-timeout=100ms");
		runner.run((context) -> {
			for (int i = 0; i < 5; i++) {
				context.publishEvent(new Notified("user" + i + "@example.com", 1));
			}
			await().atMost(TIMEOUT).until(() -> this.emulator.arrivalCount() == 5);
			context.publishEvent(new Notified("user0@example.com", 2));
			OutcomeRecorder outcomes = context.getBean(OutcomeRecorder.class);
			context.close();
			assertThat(outcomes.outcomes()).isZero();
		});
		assertThat(output.toString().lines().filter((line) -> line.contains("wait in the outbox"))).singleElement()
			.asString()
			.contains("6 requests wait in the outbox")
			.contains("5 of them were in flight");
		this.emulator.clearFaults();
		this.emulator.release();
		runner.run((context) -> {
			assertThat(context.getBean(CocoonmailOutbox.class).awaitIdle(TIMEOUT)).isTrue();
			assertThat(context.getBean(OutcomeRecorder.class).delivered()).hasSize(6);
		});
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private List<Integer> sequenceNumbers() {
		return BridgeTestSupport.sequenceNumbers(this.emulator);
	}

}
