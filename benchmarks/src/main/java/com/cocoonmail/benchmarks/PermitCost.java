package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.RateLimitingRequestPacer;
import com.cocoonmail.spring.ratelimit.BudgetStore;
import com.cocoonmail.spring.ratelimit.JdbcBudgetStore;
import com.cocoonmail.spring.ratelimit.RedisBudgetStore;
import com.cocoonmail.spring.ratelimit.SharedBudgetKey;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;
import com.cocoonmail.testservers.PostgresServer;
import com.cocoonmail.testservers.RedisServer;
import com.zaxxer.hikari.HikariDataSource;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Figure 7, per-permit cost: how long {@link CocoonmailRequestPacer#pace} takes from the
 * call to the moment the request may leave, with the local limiter and with a
 * {@link SharedBudgetPacer} on each store, when no permit has to wait. The budgets have
 * the default limit of 10/s, so that the store's work is that of production (a Redis log
 * or a ring of 10 slots), and permits are taken in turn from {@value #BUDGETS} budgets,
 * one every {@value #INTERVAL_MICROS} us, so that each budget sees 5 permits per second
 * and never fills. One client, one Redis connection, one pool of database connections.
 *
 * @author Cocoonmail Team
 */
final class PermitCost {

	private static final int BUDGETS = 40;

	private static final int LIMIT = 10;

	private static final int WARM_UP = 200;

	private static final int MEASURED = 500;

	private static final long INTERVAL_MICROS = 5_000;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final long SETTLE_NANOS = 200_000_000L;

	private final PrintStream log;

	private final RedisServer redis;

	private final PostgresServer postgres;

	private final String database;

	PermitCost(PrintStream log, RedisServer redis, PostgresServer postgres, String database) {
		this.log = log;
		this.redis = redis;
		this.postgres = postgres;
		this.database = database;
	}

	List<ResultRow> run() {
		this.log.println("[7] per-permit cost: " + MEASURED + " permits after " + WARM_UP + ", one every "
				+ INTERVAL_MICROS + " us, in turn from " + BUDGETS + " budgets of " + LIMIT + "/s");
		List<ResultRow> rows = new ArrayList<>();
		rows.add(row("local limiter (in the JVM)",
				measure((budget) -> new RateLimitingRequestPacer("permit-cost-" + budget, LIMIT, TIMEOUT,
						CocoonmailPacingListener.NONE))));
		LettuceConnectionFactory connection = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(this.redis.host(), this.redis.port()));
		connection.afterPropertiesSet();
		connection.start();
		try {
			ReactiveStringRedisTemplate template = new ReactiveStringRedisTemplate(connection);
			rows.add(row("Redis", measure((budget) -> shared(
					new RedisBudgetStore(template, key("redis", budget), LIMIT, SharedBudgetPacer.WINDOW)))));
		}
		finally {
			connection.destroy();
		}
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(this.postgres.jdbcUrl(this.database));
			dataSource.setUsername(this.postgres.username());
			dataSource.setPassword(this.postgres.password());
			rows.add(row("JDBC (PostgreSQL)", measure((budget) -> shared(new JdbcBudgetStore(dataSource, "COCOONMAIL_",
					key("jdbc", budget), LIMIT, SharedBudgetPacer.WINDOW)))));
		}
		return rows;
	}

	private static SharedBudgetPacer shared(BudgetStore store) {
		return SharedBudgetPacer.builder(store, LIMIT).timeout(TIMEOUT).build();
	}

	private static String key(String store, int budget) {
		return SharedBudgetKey.PREFIX + "permit-cost-" + store + "-" + budget + "-" + System.nanoTime();
	}

	private static Percentiles measure(Function<Integer, CocoonmailRequestPacer> pacers) {
		List<CocoonmailRequestPacer> budgets = new ArrayList<>();
		for (int budget = 0; budget < BUDGETS; budget++) {
			budgets.add(pacers.apply(budget));
		}
		long[] nanos = new long[MEASURED];
		long next = System.nanoTime();
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			LockSupport.parkNanos(next - System.nanoTime());
			next += INTERVAL_MICROS * 1_000;
			long start = System.nanoTime();
			Long leftAt = budgets.get(i % BUDGETS).pace(Mono.fromSupplier(System::nanoTime)).block(TIMEOUT);
			if (i >= WARM_UP && leftAt != null) {
				nanos[i - WARM_UP] = leftAt - start;
			}
		}
		// the pacer corrects each permit after its answer without being waited for: let
		// the last corrections end before the connections close
		LockSupport.parkNanos(SETTLE_NANOS);
		return new Percentiles(nanos);
	}

	private ResultRow row(String store, Percentiles cost) {
		this.log.printf(Locale.ROOT, "    %s: p50 %.1f us, p99 %.1f us, max %.1f us%n", store,
				cost.percentile(50) / 1e3, cost.percentile(99) / 1e3, cost.max() / 1e3);
		return ResultRow.info("7. Per-permit cost, " + store + ": pace() to send, p50 / p99 / max",
				String.format(Locale.ROOT, "%.1f / %.1f / %.1f us", cost.percentile(50) / 1e3,
						cost.percentile(99) / 1e3, cost.max() / 1e3));
	}

}
