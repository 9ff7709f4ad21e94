package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.CocoonmailOperations;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Figure 1: the starter with its default settings, saturated by more callers than the
 * limit allows, against a server that refuses nothing. The rate and the sliding-window
 * maximum are computed from the server's arrival times.
 *
 * @author Cocoonmail Team
 */
final class PacingFigure {

	private static final int MEASURED_SECONDS = 30;

	private static final Duration LOAD = Duration.ofSeconds(MEASURED_SECONDS + 3);

	private static final int CALLERS = 32;

	private static final int WARM_UP_SECONDS = 2;

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private final PrintStream log;

	PacingFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		this.log.println("[1] pacing: " + CALLERS + " callers for " + LOAD.toSeconds() + " s, default settings");
		PermitRecorder permits = new PermitRecorder(10_000);
		try (CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.unlimited());
				ConfigurableApplicationContext context = BenchmarkApplication.start(server.baseUrl(), permits)) {
			CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
			LoadResult load = new LoadDriver(CALLERS, 2_000, LOAD.plusSeconds(60))
				.run(() -> operations.sendEvent(Events.SIGNUP), LOAD);
			long[] arrivals = BenchEmulator.acceptedArrivals(server);
			double sustained = ArrivalStatistics.sustainedRate(arrivals, MEASURED_SECONDS);
			int maxInSecond = CocoonmailEmulator.maxInAnyWindow(arrivals, ONE_SECOND);
			int densest = ArrivalStatistics.densestWindow(arrivals, ArrivalStatistics.SECOND);
			double densestAt = (densest >= 0) ? (arrivals[densest] - arrivals[0]) / 1e9 : Double.NaN;
			int maxAfterStart = CocoonmailEmulator.maxInAnyWindow(
					ArrivalStatistics.from(arrivals, arrivals[0] + WARM_UP_SECONDS * ArrivalStatistics.SECOND),
					ONE_SECOND);
			this.log.printf(Locale.ROOT, "    %d calls, %d failed, %d arrivals%s%n", load.calls(), load.failed(),
					arrivals.length, (load.failed() > 0) ? "; first failure: " + load.firstFailure() : "");
			logDensestWindow(arrivals, densest);
			logPermitDelays(permits.grants(), arrivals);
			return List.of(
					ResultRow.of("1. Pacing, default settings, saturated: sustained rate",
							String.format(Locale.ROOT, "%.2f req/s (%d s after the first s)", sustained,
									MEASURED_SECONDS),
							">= 9.5 req/s", Verdict.of(sustained >= 9.5)),
					ResultRow.of("1. Pacing: most requests in any sliding 1 s (server side)",
							String.format(Locale.ROOT, "%d (densest at +%.2f s); %d from +%d s on (%d arrivals)",
									maxInSecond, densestAt, maxAfterStart, WARM_UP_SECONDS, arrivals.length),
							"<= 10", Verdict.of(maxInSecond <= 10)),
					ResultRow.of("1. Pacing: calls failed", load.failed() + " of " + load.calls(), "0",
							Verdict.of(load.failed() == 0)));
		}
	}

	private void logPermitDelays(long[] grants, long[] arrivals) {
		if (grants.length != arrivals.length || grants.length == 0) {
			return;
		}
		long[] delays = new long[grants.length];
		for (int i = 0; i < grants.length; i++) {
			delays[i] = arrivals[i] - grants[i];
		}
		Percentiles percentiles = new Percentiles(delays);
		long[] late = ArrivalStatistics.from(grants, grants[0] + WARM_UP_SECONDS * ArrivalStatistics.SECOND);
		this.log.printf(Locale.ROOT,
				"    permit to server arrival: p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
						+ "most permits in any 1 s: %d (%d from +%d s on)%n",
				percentiles.percentile(50) / 1e6, percentiles.percentile(99) / 1e6, percentiles.max() / 1e6,
				CocoonmailEmulator.maxInAnyWindow(grants, ONE_SECOND),
				CocoonmailEmulator.maxInAnyWindow(late, ONE_SECOND), WARM_UP_SECONDS);
	}

	private void logDensestWindow(long[] arrivals, int densest) {
		if (densest < 0) {
			return;
		}
		StringBuilder offsets = new StringBuilder();
		for (int i = densest; i < arrivals.length && arrivals[i] - arrivals[densest] < ArrivalStatistics.SECOND; i++) {
			offsets.append(String.format(Locale.ROOT, " %.3f", (arrivals[i] - arrivals[0]) / 1e9));
		}
		this.log.println("    densest second, arrivals at (s after the first):" + offsets);
	}

}
