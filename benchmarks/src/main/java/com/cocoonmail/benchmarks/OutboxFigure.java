package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.testservers.PostgresServer;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figure 5: publish latency of the event bridge with its JDBC outbox, on H2 (in memory)
 * and on a real PostgreSQL server (embedded, on loopback), each through a Hikari pool.
 * Each event is published in a transaction of its own, as a service method would; the
 * figure times the {@code publishEvent} call inside the transaction (the outbox insert,
 * what the publisher's transaction pays), and the whole transaction with its commit,
 * while the bridge dispatches from the same database.
 *
 * @author Cocoonmail Team
 */
final class OutboxFigure {

	private static final int EVENTS = 5_000;

	private static final int WARM_UP_EVENTS = 2_000;

	private static final int PUBLISH_RATE = 500;

	private static final long MILLISECOND = 1_000_000;

	private final PrintStream log;

	OutboxFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		List<ResultRow> rows = new ArrayList<>();
		rows.addAll(latency("H2", "jdbc:h2:mem:outbox-bench;DB_CLOSE_DELAY=-1", "sa", ""));
		PostgresServer postgres = PostgresServer.shared();
		String database = postgres.createUniqueDatabase("outbox_bench");
		rows.addAll(latency("PostgreSQL", postgres.jdbcUrl(database), postgres.username(), postgres.password()));
		return rows;
	}

	private List<ResultRow> latency(String name, String url, String user, String password) {
		this.log.println("[5] outbox publish latency on " + name + ": " + EVENTS + " events at " + PUBLISH_RATE
				+ "/s, one transaction each, after " + WARM_UP_EVENTS + " to warm up");
		try (HikariDataSource dataSource = dataSource(url, user, password);
				CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.unlimited());
				ConfigurableApplicationContext context = start(server.baseUrl(), dataSource)) {
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			publish(context, transactions, 0, WARM_UP_EVENTS);
			long[][] nanos = publish(context, transactions, WARM_UP_EVENTS, EVENTS);
			Percentiles publish = new Percentiles(nanos[0]);
			Percentiles transaction = new Percentiles(nanos[1]);
			long p99 = publish.percentile(99);
			this.log.printf(Locale.ROOT, "    %d requests reached the server meanwhile%n", server.arrivalCount());
			List<ResultRow> rows = new ArrayList<>();
			rows.add(ResultRow.of("5. Outbox publish latency in a transaction, " + name + ": p50 / p99 / max",
					format(publish), "p99 <= 2 ms", Verdict.of(p99 <= 2 * MILLISECOND)));
			rows.add(ResultRow.info("5. Outbox: whole transaction incl. commit, " + name + ": p50 / p99 / max",
					format(transaction)));
			return rows;
		}
	}

	private static String format(Percentiles percentiles) {
		return String.format(Locale.ROOT, "%.0f / %.0f / %.0f us", percentiles.percentile(50) / 1e3,
				percentiles.percentile(99) / 1e3, percentiles.max() / 1e3);
	}

	private static HikariDataSource dataSource(String url, String user, String password) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(16);
		return dataSource;
	}

	private static ConfigurableApplicationContext start(String baseUrl, DataSource dataSource) {
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("cocoonmail.api-key=" + CocoonmailEmulator.API_KEY, "cocoonmail.base-url=" + baseUrl,
					"logging.level.root=WARN", "cocoonmail.events.store=jdbc",
					"cocoonmail.events.jdbc.initialize-schema=always", "cocoonmail.events.shutdown-timeout=1s",
					"cocoonmail.sends.enabled=false")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
	}

	private static long[][] publish(ConfigurableApplicationContext context, TransactionTemplate transactions, int first,
			int count) {
		long[] publish = new long[count];
		long[] transaction = new long[count];
		long begin = System.nanoTime();
		for (int i = 0; i < count; i++) {
			waitUntil(begin + i * 1_000_000_000L / PUBLISH_RATE);
			SendEventRequest event = SendEventRequest.builder()
				.eventName("signup")
				.email("user" + (first + i) + "@example.com")
				.attribute("plan", "pro")
				.build();
			int index = i;
			long start = System.nanoTime();
			transactions.executeWithoutResult((status) -> {
				long before = System.nanoTime();
				context.publishEvent(event);
				publish[index] = System.nanoTime() - before;
			});
			transaction[i] = System.nanoTime() - start;
		}
		return new long[][] { publish, transaction };
	}

	private static void waitUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
	}

}
