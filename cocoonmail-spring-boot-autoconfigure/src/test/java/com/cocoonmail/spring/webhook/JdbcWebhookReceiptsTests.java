package com.cocoonmail.spring.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.cocoonmail.spring.test.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JdbcWebhookReceipts}, run on H2 and on PostgreSQL by the subclasses.
 *
 * @author Cocoonmail Team
 */
abstract class JdbcWebhookReceiptsTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T03:00:00Z"));

	private DataSource dataSource;

	private JdbcWebhookReceipts receipts;

	abstract DataSource createDataSource();

	abstract String platform();

	@BeforeEach
	void createTable() {
		this.dataSource = createDataSource();
		new ResourceDatabasePopulator(
				new ClassPathResource("com/cocoonmail/spring/webhook/schema-" + platform() + ".sql"))
			.execute(this.dataSource);
		JdbcClient.create(this.dataSource).sql("DELETE FROM COCOONMAIL_WEBHOOK_RECEIPT").update();
		this.receipts = new JdbcWebhookReceipts(this.dataSource, "COCOONMAIL_", this.clock);
	}

	@Test
	void recordsADigestOnce() {
		assertThat(this.receipts.record(digest('a'), in(Duration.ofMinutes(5)))).isTrue();
		assertThat(this.receipts.record(digest('a'), in(Duration.ofMinutes(5)))).isFalse();
		assertThat(this.receipts.record(digest('b'), in(Duration.ofMinutes(5)))).isTrue();
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void forgetLetsARepeatBeRecordedAgain() {
		this.receipts.record(digest('a'), in(Duration.ofMinutes(5)));
		this.receipts.forget(digest('a'));
		assertThat(this.receipts.record(digest('a'), in(Duration.ofMinutes(5)))).isTrue();
	}

	@Test
	void expiredReceiptsAreDeletedAtMostOnceAMinute() {
		this.receipts.record(digest('a'), in(Duration.ofSeconds(30)));
		this.receipts.record(digest('b'), in(Duration.ofMinutes(10)));
		this.clock.move(Duration.ofSeconds(45));
		this.receipts.record(digest('c'), in(Duration.ofMinutes(10)));
		assertThat(rows()).isEqualTo(3);
		this.clock.move(Duration.ofSeconds(20));
		this.receipts.record(digest('d'), in(Duration.ofMinutes(10)));
		assertThat(rows()).isEqualTo(3);
		assertThat(this.receipts.record(digest('a'), in(Duration.ofMinutes(10)))).isTrue();
	}

	@Test
	void instancesSharingTheTableRecordARaceOnlyOnce() throws Exception {
		List<JdbcWebhookReceipts> instances = List.of(this.receipts,
				new JdbcWebhookReceipts(this.dataSource, "COCOONMAIL_", this.clock),
				new JdbcWebhookReceipts(this.dataSource, "COCOONMAIL_", this.clock));
		ExecutorService executor = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				JdbcWebhookReceipts instance = instances.get(i % instances.size());
				attempts.add(() -> instance.record(digest('r'), in(Duration.ofMinutes(5))));
			}
			long firsts = 0;
			for (Future<Boolean> attempt : executor.invokeAll(attempts)) {
				firsts += attempt.get() ? 1 : 0;
			}
			assertThat(firsts).isOne();
		}
		finally {
			executor.shutdownNow();
		}
	}

	private long rows() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT COUNT(*) FROM COCOONMAIL_WEBHOOK_RECEIPT")
			.query(Long.class)
			.single();
	}

	private Instant in(Duration duration) {
		return this.clock.instant().plus(duration);
	}

	private static String digest(char c) {
		return String.valueOf(c).repeat(64);
	}

}
