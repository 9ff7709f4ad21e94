package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cocoonmail.benchmarks.server.ArrivalLog;
import com.cocoonmail.benchmarks.server.LoopbackServer;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.CocoonmailOperations;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Figure 2: the starter with its default settings, saturated, against servers that
 * enforce 10 requests per second in three common ways. {@code sendEvent} is a write, so
 * the client retries it on a 429 only: every 429 shows up as one more arrival.
 *
 * @author Cocoonmail Team
 */
final class RateLimitFigure {

	private static final int MEASURED_SECONDS = 10;

	private static final Duration LOAD = Duration.ofSeconds(MEASURED_SECONDS + 2);

	private static final int CALLERS = 32;

	private final PrintStream log;

	RateLimitFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		List<ResultRow> rows = new ArrayList<>();
		rows.addAll(run(EmulatorRateLimit.slidingWindow(10), false));
		rows.addAll(run(EmulatorRateLimit.fixedWindow(10), true));
		rows.addAll(run(EmulatorRateLimit.tokenBucket(10), true));
		return rows;
	}

	private List<ResultRow> run(EmulatorRateLimit policy, boolean noneAllowed) {
		String name = "2. 10/s " + policy.description() + " server";
		this.log.println("[2] " + policy.description() + ": " + CALLERS + " callers for " + LOAD.toSeconds() + " s");
		try (LoopbackServer server = LoopbackServer.start(policy, 10_000);
				ConfigurableApplicationContext context = BenchmarkApplication.start(server.baseUrl())) {
			CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
			LoadResult load = new LoadDriver(CALLERS, 2_000, LOAD.plusSeconds(60))
				.run(() -> operations.sendEvent(Events.SIGNUP), LOAD);
			ArrivalLog arrivals = server.arrivals();
			long retried = arrivals.total() - load.calls();
			long lost = load.calls() - load.succeeded();
			double share = 100.0 * arrivals.refused() / arrivals.total();
			double sustained = ArrivalStatistics.sustainedRate(arrivals.acceptedArrivals(), MEASURED_SECONDS);
			this.log.printf(Locale.ROOT, "    %d calls, %d arrivals, %d answered 429, %d accepted%n", load.calls(),
					arrivals.total(), arrivals.refused(), arrivals.accepted());
			boolean allRetried = lost == 0 && retried == arrivals.refused();
			boolean met = (noneAllowed ? arrivals.refused() == 0 : share < 1.0) && allRetried;
			return List.of(
					ResultRow.of(name + ": 429s",
							String.format(Locale.ROOT, "%d of %d arrivals (%.2f %%), %d retried", arrivals.refused(),
									arrivals.total(), share, retried),
							noneAllowed ? "0" : "< 1 %, every one retried", Verdict.of(met)),
					ResultRow.of(name + ": requests lost",
							lost + " of " + load.calls() + " calls (server accepted " + arrivals.accepted() + ")", "0",
							Verdict.of(lost == 0 && arrivals.accepted() == load.succeeded())),
					ResultRow.info(name + ": sustained rate", String.format(Locale.ROOT, "%.2f req/s", sustained)));
		}
	}

}
