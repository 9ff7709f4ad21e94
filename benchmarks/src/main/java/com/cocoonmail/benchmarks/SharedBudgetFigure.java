package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.testservers.PostgresServer;
import com.cocoonmail.testservers.RedisServer;

/**
 * Figure 7: three instances of one application (three Spring contexts in this JVM, each
 * with its own client and pacer), saturated, against one emulator that allows 10 requests
 * in any sliding second and answers 429 beyond: first each with its local limiter (the
 * 0.1 behaviour: three budgets of 10/s against one of 10/s), then sharing one budget
 * through a real Redis server and through a real PostgreSQL database, both started by the
 * figure. Then the per-permit cost of each store, in {@link PermitCost}.
 *
 * @author Cocoonmail Team
 */
final class SharedBudgetFigure {

	private static final long GAP_NANOS = 2 * ArrivalStatistics.SECOND;

	private final PrintStream log;

	SharedBudgetFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		List<ResultRow> rows = new ArrayList<>();
		try (CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.slidingWindow(10))) {
			BudgetScenario scenario = new BudgetScenario(server, this.log);
			rows.addAll(local(scenario.run("local limiters", properties("cocoonmail.rate-limit.store=local"))));
			gap();
			RedisServer redis = RedisServer.shared();
			redis.flushAll();
			rows.addAll(shared("Redis", scenario.run("Redis", properties("cocoonmail.rate-limit.store=redis",
					"cocoonmail.rate-limit.instances=3", "spring.data.redis.url=" + redis.url()))));
			gap();
			PostgresServer postgres = PostgresServer.shared();
			String database = postgres.createUniqueDatabase("budget_bench");
			rows.addAll(shared("JDBC (PostgreSQL)",
					scenario.run("JDBC on PostgreSQL",
							properties("cocoonmail.rate-limit.store=jdbc", "cocoonmail.rate-limit.instances=3",
									"cocoonmail.rate-limit.jdbc.initialize-schema=always",
									"spring.datasource.url=" + postgres.jdbcUrl(database),
									"spring.datasource.username=" + postgres.username(),
									"spring.datasource.password=" + postgres.password()))));
			rows.addAll(new PermitCost(this.log, redis, postgres, database).run());
		}
		return rows;
	}

	private List<ResultRow> local(BudgetScenario.Outcome outcome) {
		String name = "7. 3 instances, local limiters (0.1), 10/s sliding-window server";
		return List.of(
				ResultRow.info(name + ": most arrivals in any sliding 1 s",
						String.format(Locale.ROOT, "%d (accepted: %d)", outcome.maxArrivals(), outcome.maxAccepted())),
				ResultRow.info(name + ": 429s",
						String.format(Locale.ROOT, "%d of %d arrivals (%.1f %%); %d of %d calls failed after retries",
								outcome.refused(), outcome.arrivals(), outcome.refusedShare(), outcome.failed(),
								outcome.calls())),
				ResultRow.info(name + ": total sustained rate", outcome.rate()));
	}

	private List<ResultRow> shared(String store, BudgetScenario.Outcome outcome) {
		String name = "7. 3 instances sharing one budget, " + store;
		return List.of(
				ResultRow.of(name + ": most arrivals in any sliding 1 s",
						String.format(Locale.ROOT, "%d (%d arrivals)", outcome.maxArrivals(), outcome.arrivals()),
						"<= 10", Verdict.of(outcome.maxArrivals() <= 10)),
				ResultRow.of(name + ": 429s",
						String.format(Locale.ROOT, "%d of %d arrivals; %d of %d calls failed", outcome.refused(),
								outcome.arrivals(), outcome.failed(), outcome.calls()),
						"0", Verdict.of(outcome.refused() == 0 && outcome.failed() == 0)),
				ResultRow.of(name + ": total sustained rate", outcome.rate(), ">= 9.5 req/s",
						Verdict.of(outcome.lowerRate() >= 9.5)));
	}

	/**
	 * Return the properties of one scenario: the given ones, and the outbox, the sends
	 * and the webhook receipts in memory, so that only the budget differs between the
	 * scenarios and no other component uses the database.
	 * @param properties the budget's properties
	 * @return all properties
	 */
	private static List<String> properties(String... properties) {
		List<String> all = new ArrayList<>(List.of("cocoonmail.events.store=memory", "cocoonmail.sends.store=memory",
				"cocoonmail.webhooks.store=memory"));
		all.addAll(List.of(properties));
		return all;
	}

	/**
	 * Let the emulator's window empty before the next scenario.
	 */
	private static void gap() {
		LockSupport.parkNanos(GAP_NANOS);
	}

}
