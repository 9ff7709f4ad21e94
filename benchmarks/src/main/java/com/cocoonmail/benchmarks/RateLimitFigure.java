package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cocoonmail.emulator.CocoonmailEmulator;
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
		try (CocoonmailEmulator server = BenchEmulator.start(policy);
				ConfigurableApplicationContext context = BenchmarkApplication.start(server.baseUrl())) {
			CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
			LoadResult load = new LoadDriver(CALLERS, 2_000, LOAD.plusSeconds(60))
				.run(() -> operations.sendEvent(Events.SIGNUP), LOAD);
			long[] accepted = BenchEmulator.acceptedArrivals(server);
			int total = server.arrivalCount();
			int refused = BenchEmulator.refused(server);
			long retried = total - load.calls();
			long lost = load.calls() - load.succeeded();
			double share = 100.0 * refused / total;
			double sustained = ArrivalStatistics.sustainedRate(accepted, MEASURED_SECONDS);
			this.log.printf(Locale.ROOT, "    %d calls, %d arrivals, %d answered 429, %d accepted%n", load.calls(),
					total, refused, accepted.length);
			boolean allRetried = lost == 0 && retried == refused;
			boolean met = (noneAllowed ? refused == 0 : share < 1.0) && allRetried;
			return List.of(
					ResultRow.of(name + ": 429s",
							String.format(Locale.ROOT, "%d of %d arrivals (%.2f %%), %d retried", refused, total, share,
									retried),
							noneAllowed ? "0" : "< 1 %, every one retried", Verdict.of(met)),
					ResultRow.of(name + ": requests lost",
							lost + " of " + load.calls() + " calls (server accepted " + accepted.length + ")", "0",
							Verdict.of(lost == 0 && accepted.length == load.succeeded())),
					ResultRow.info(name + ": sustained rate", String.format(Locale.ROOT, "%.2f req/s", sustained)));
		}
	}

}
