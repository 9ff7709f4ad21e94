package com.cocoonmail.benchmarks;

import java.util.List;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorArrival;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.emulator.InMemoryCocoonmail;

/**
 * The Cocoonmail emulator as the figures start it: on its own threads, named
 * {@value #THREAD_PREFIX}..., so that their CPU time can be told apart from the client's,
 * and keeping a bounded number of arrivals and requests, so that a long run does not fill
 * the heap it measures.
 *
 * @author Cocoonmail Team
 */
final class BenchEmulator {

	/**
	 * The prefix of the names of the emulator's threads.
	 */
	static final String THREAD_PREFIX = "bench-server";

	private static final int MAX_ARRIVALS = 20_000;

	private static final int MAX_KEPT = 1_000;

	private BenchEmulator() {
	}

	/**
	 * Start an emulator that answers at once, accepting the key
	 * {@link BenchmarkApplication} sends.
	 * @param policy decides which requests are within the limit
	 * @return the running emulator
	 */
	static CocoonmailEmulator start(EmulatorRateLimit policy) {
		return CocoonmailEmulator.builder()
			.rateLimit(policy)
			.threadPrefix(THREAD_PREFIX)
			.maxArrivals(MAX_ARRIVALS)
			.cocoonmail(new InMemoryCocoonmail(MAX_KEPT))
			.start();
	}

	/**
	 * Return the arrival times of the requests the emulator accepted.
	 * @param emulator the emulator
	 * @return the {@link System#nanoTime()} of each accepted arrival, ascending
	 */
	static long[] acceptedArrivals(CocoonmailEmulator emulator) {
		return times(emulator.arrivals().stream().filter(BenchEmulator::accepted).toList());
	}

	/**
	 * Return the arrival times of the given arrivals.
	 * @param arrivals the arrivals
	 * @return the {@link System#nanoTime()} of each, ascending
	 */
	static long[] times(List<EmulatorArrival> arrivals) {
		return arrivals.stream().mapToLong((arrival) -> arrival.request().nanoTime()).sorted().toArray();
	}

	/**
	 * Return how many requests the emulator answered {@code 429}.
	 * @param emulator the emulator
	 * @return the count
	 */
	static int refused(CocoonmailEmulator emulator) {
		return refused(emulator.arrivals());
	}

	/**
	 * Return how many of the given arrivals were answered {@code 429}.
	 * @param arrivals the arrivals
	 * @return the count
	 */
	static int refused(List<EmulatorArrival> arrivals) {
		return (int) arrivals.stream().filter((arrival) -> arrival.status() == 429).count();
	}

	static boolean accepted(EmulatorArrival arrival) {
		return arrival.status() >= 200 && arrival.status() < 300;
	}

}
