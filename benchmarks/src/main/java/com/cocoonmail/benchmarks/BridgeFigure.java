package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.model.SendEventRequest;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Figure 4: the event bridge as auto-configured. The publish latency is timed around each
 * {@code publishEvent} call on the publishing thread while the bridge's workers drain the
 * queue, once with the default pacing and once with the limiter off (workers contend for
 * the queue as fast as the server answers). The heap per queued request is the heap
 * retained after enqueuing requests to a server that holds every answer, so that they
 * stay queued, including the request objects themselves.
 *
 * @author Cocoonmail Team
 */
final class BridgeFigure {

	private static final int EVENTS = 10_000;

	private static final int WARM_UP_EVENTS = 5_000;

	private static final long MICROSECOND = 1_000;

	private static final int PUBLISH_RATE = 2_500;

	private static final String[] BRIDGE_PROPERTIES = { "cocoonmail.events.store=memory",
			"cocoonmail.events.queue-capacity=30000", "cocoonmail.events.shutdown-timeout=1s",
			"logging.level.com.cocoonmail.spring.event=ERROR" };

	private final PrintStream log;

	private final HeapMeter heap = new HeapMeter();

	BridgeFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		List<ResultRow> rows = new ArrayList<>();
		rows.add(latency("default settings, draining at 10/s", true));
		rows.add(latency("stress: limiter off, draining at full speed", false, "cocoonmail.rate-limit.enabled=false"));
		rows.add(heapPerQueuedRequest());
		return rows;
	}

	private ResultRow latency(String scenario, boolean specScenario, String... properties) {
		this.log.println("[4] bridge publish latency, " + scenario + ": " + EVENTS + " events at " + PUBLISH_RATE
				+ "/s after " + WARM_UP_EVENTS + " to warm up");
		try (CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.unlimited());
				ConfigurableApplicationContext context = BenchmarkApplication.start(server.baseUrl(),
						concat(BRIDGE_PROPERTIES, properties))) {
			publish(context, 0, WARM_UP_EVENTS, 0);
			int sentBefore = server.arrivalCount();
			long[] nanos = publish(context, WARM_UP_EVENTS, EVENTS, PUBLISH_RATE);
			int sentDuring = server.arrivalCount() - sentBefore;
			Percentiles percentiles = new Percentiles(nanos);
			long p99 = percentiles.percentile(99);
			this.log.printf(Locale.ROOT, "    %d requests reached the server while publishing%n", sentDuring);
			String measured = String.format(Locale.ROOT, "%.1f / %.1f / %.1f us (%d sent meanwhile)",
					percentiles.percentile(50) / 1e3, p99 / 1e3, percentiles.max() / 1e3, sentDuring);
			String figure = "4. Bridge publish latency, " + scenario + ": p50 / p99 / max";
			return specScenario ? ResultRow.of(figure, measured, "p99 <= 50 us", Verdict.of(p99 <= 50 * MICROSECOND))
					: ResultRow.info(figure, measured);
		}
	}

	private ResultRow heapPerQueuedRequest() {
		this.log.println("[4] bridge heap: " + EVENTS + " requests queued behind a server that holds answers");
		try (CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.unlimited());
				ConfigurableApplicationContext context = BenchmarkApplication.start(server.baseUrl(),
						BRIDGE_PROPERTIES)) {
			server.failEvery(EmulatorFault.delay(Duration.ofSeconds(20)));
			publish(context, 0, WARM_UP_EVENTS, 0);
			long before = this.heap.usedAfterGc();
			long payload = retainedByRequests();
			publish(context, WARM_UP_EVENTS, EVENTS, 0);
			long after = this.heap.usedAfterGc();
			double perRequest = (double) (after - before) / EVENTS;
			this.log.printf(Locale.ROOT, "    %d requests reached the server, the rest stayed queued%n",
					server.arrivalCount());
			return ResultRow.of(
					"4. Bridge heap per queued request (incl. the request itself)", String.format(Locale.ROOT,
							"%.0f B (the request alone: %.0f B)", perRequest, (double) payload / EVENTS),
					"<= 1024 B", Verdict.of(perRequest <= 1024));
		}
	}

	private long retainedByRequests() {
		long before = this.heap.usedAfterGc();
		List<SendEventRequest> requests = new ArrayList<>(EVENTS);
		for (int i = 0; i < EVENTS; i++) {
			requests.add(event(i));
		}
		long retained = this.heap.usedAfterGc() - before;
		return (requests.size() == EVENTS) ? retained : 0;
	}

	private static long[] publish(ConfigurableApplicationContext context, int first, int count, int perSecond) {
		long[] nanos = new long[count];
		long begin = System.nanoTime();
		for (int i = 0; i < count; i++) {
			if (perSecond > 0) {
				waitUntil(begin + i * 1_000_000_000L / perSecond);
			}
			SendEventRequest event = event(first + i);
			long start = System.nanoTime();
			context.publishEvent(event);
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static void waitUntil(long nanoTime) {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
	}

	private static SendEventRequest event(int index) {
		return SendEventRequest.builder()
			.eventName("signup")
			.email("user" + index + "@example.com")
			.attribute("plan", "pro")
			.build();
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
