package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorArrival;
import com.cocoonmail.emulator.EmulatorEndpoint;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendEventRequest;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One scenario of figure 7: {@value #INSTANCES} application contexts started with the
 * same properties against one emulator, each saturated by {@value #CALLERS_PER_INSTANCE}
 * callers looping {@code sendEvent} for the same time, all at once. The measures come
 * from the emulator's arrival times and statuses from the scenario's start on.
 *
 * @author Cocoonmail Team
 */
final class BudgetScenario {

	static final int INSTANCES = 3;

	static final int CALLERS_PER_INSTANCE = 8;

	private static final int MEASURED_SECONDS = 20;

	private static final Duration LOAD = Duration.ofSeconds(MEASURED_SECONDS + 2);

	private final CocoonmailEmulator server;

	private final PrintStream log;

	BudgetScenario(CocoonmailEmulator server, PrintStream log) {
		this.server = server;
		this.log = log;
	}

	Outcome run(String name, List<String> properties) {
		this.log.println("[7] " + name + ": " + INSTANCES + " instances x " + CALLERS_PER_INSTANCE + " callers for "
				+ LOAD.toSeconds() + " s against a 10/s sliding-window server");
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		ExecutorService drivers = Executors.newFixedThreadPool(INSTANCES);
		try {
			for (int instance = 0; instance < INSTANCES; instance++) {
				contexts.add(BenchmarkApplication.start(this.server.baseUrl(), properties.toArray(new String[0])));
			}
			long start = System.nanoTime();
			List<Future<LoadResult>> loads = new ArrayList<>();
			for (int instance = 0; instance < INSTANCES; instance++) {
				CocoonmailOperations operations = contexts.get(instance).getBean(CocoonmailOperations.class);
				SendEventRequest event = event(instance);
				loads.add(drivers.submit(() -> new LoadDriver(CALLERS_PER_INSTANCE, 2_000, LOAD.plusSeconds(60))
					.run(() -> operations.sendEvent(event), LOAD)));
			}
			long calls = 0;
			long failed = 0;
			String firstFailure = null;
			for (Future<LoadResult> load : loads) {
				LoadResult result = load.get();
				calls += result.calls();
				failed += result.failed();
				firstFailure = (firstFailure != null) ? firstFailure : result.firstFailure();
			}
			List<EmulatorArrival> arrivals = arrivalsSince(start);
			long[] accepted = BenchEmulator.times(arrivals.stream().filter(BenchEmulator::accepted).toList());
			Outcome outcome = outcome(arrivals, accepted, calls, failed);
			this.log.printf(Locale.ROOT,
					"    %d calls, %d failed%s; %d arrivals, %d answered 429; accepted per instance: %s%n", calls,
					failed, (firstFailure != null) ? " (first: " + firstFailure + ")" : "", outcome.arrivals(),
					outcome.refused(), acceptedPerInstance(arrivals));
			logSpacing(accepted);
			return outcome;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + name, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The load of " + name + " failed", ex.getCause());
		}
		finally {
			drivers.shutdownNow();
			contexts.forEach(ConfigurableApplicationContext::close);
		}
	}

	private static Outcome outcome(List<EmulatorArrival> arrivals, long[] accepted, long calls, long failed) {
		long[] all = BenchEmulator.times(arrivals);
		return new Outcome(all.length, BenchEmulator.refused(arrivals),
				CocoonmailEmulator.maxInAnyWindow(all, Duration.ofSeconds(1)),
				CocoonmailEmulator.maxInAnyWindow(accepted, Duration.ofSeconds(1)),
				ArrivalStatistics.sustainedRate(accepted, MEASURED_SECONDS), steadyRate(accepted), calls, failed);
	}

	/**
	 * Return the rate from the mean time between accepted arrivals ten apart, for those
	 * in the measured window: unlike a count over a window, it does not depend on where
	 * the window's edges fall between the bursts of a fresh budget.
	 * @param accepted the accepted arrival times, ascending
	 * @return the requests per second, or {@code NaN} when too few arrived
	 */
	private static double steadyRate(long[] accepted) {
		if (accepted.length <= 10) {
			return Double.NaN;
		}
		long from = accepted[0] + ArrivalStatistics.SECOND;
		long to = from + MEASURED_SECONDS * ArrivalStatistics.SECOND;
		long total = 0;
		int pairs = 0;
		for (int i = 0; i + 10 < accepted.length; i++) {
			if (accepted[i] >= from && accepted[i + 10] < to) {
				total += accepted[i + 10] - accepted[i];
				pairs++;
			}
		}
		return (pairs > 0) ? 10.0 * pairs * ArrivalStatistics.SECOND / total : Double.NaN;
	}

	/**
	 * Log how far apart accepted arrivals ten apart are: the limit allows 10 in any
	 * second, so the sustained rate is 10 divided by their mean.
	 * @param accepted the accepted arrival times, ascending
	 */
	private void logSpacing(long[] accepted) {
		if (accepted.length <= 10) {
			return;
		}
		long[] spacing = new long[accepted.length - 10];
		for (int i = 0; i < spacing.length; i++) {
			spacing[i] = accepted[i + 10] - accepted[i];
		}
		Percentiles percentiles = new Percentiles(spacing);
		this.log.printf(Locale.ROOT,
				"    accepted arrivals 10 apart: min %.1f ms, p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
				percentiles.percentile(0) / 1e6, percentiles.percentile(50) / 1e6, percentiles.percentile(90) / 1e6,
				percentiles.max() / 1e6);
	}

	private static String acceptedPerInstance(List<EmulatorArrival> arrivals) {
		List<String> counts = new ArrayList<>();
		List<EmulatorArrival> accepted = arrivals.stream().filter(BenchEmulator::accepted).toList();
		for (int instance = 0; instance < INSTANCES; instance++) {
			String email = email(instance);
			counts.add(String
				.valueOf(accepted.stream().filter((arrival) -> arrival.request().body().contains(email)).count()));
		}
		return String.join(" / ", counts);
	}

	private List<EmulatorArrival> arrivalsSince(long start) {
		return this.server.arrivals()
			.stream()
			.filter((arrival) -> arrival.request().nanoTime() >= start
					&& EmulatorEndpoint.SEND_EVENT.defaultPath().equals(arrival.request().path()))
			.toList();
	}

	private static SendEventRequest event(int instance) {
		return SendEventRequest.builder().eventName("signup").email(email(instance)).attribute("plan", "pro").build();
	}

	private static String email(int instance) {
		return "instance" + instance + "@example.com";
	}

	/**
	 * What the emulator saw of one scenario.
	 *
	 * @param arrivals the requests that reached it
	 * @param refused those answered 429
	 * @param maxArrivals the most arrivals, refused ones included, in any sliding second
	 * @param maxAccepted the most accepted arrivals in any sliding second
	 * @param sustained the accepted requests per second, from one second after the first
	 * @param steady the accepted requests per second from the mean time between accepted
	 * arrivals ten apart, in the same window
	 * @param calls the calls made by all instances
	 * @param failed the calls that failed after all their attempts
	 */
	record Outcome(int arrivals, int refused, int maxArrivals, int maxAccepted, double sustained, double steady,
			long calls, long failed) {

		double refusedShare() {
			return (this.arrivals > 0) ? 100.0 * this.refused / this.arrivals : 0;
		}

		String rate() {
			return String.format(Locale.ROOT,
					"%.2f req/s accepted in the %d s after the first s; 10 per %.0f ms (%.2f req/s) between arrivals 10 apart",
					this.sustained, MEASURED_SECONDS, 1e4 / this.steady, this.steady);
		}

		/**
		 * Return the lower of the two rates.
		 * @return the requests per second
		 */
		double lowerRate() {
			return Math.min(this.sustained, this.steady);
		}

	}

}
