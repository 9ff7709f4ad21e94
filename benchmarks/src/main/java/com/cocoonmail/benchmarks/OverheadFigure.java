package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.client.model.SendEventResponse;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Figure 3: what the client adds to a bare {@link WebClient} when its limiter is off.
 * Both sides post the same event to the same loopback server with the same concurrency,
 * on the same connection pool, in alternating rounds (A B, B A, A B, ... after a warm-up)
 * so that drift in the machine affects both alike; CPU per call is the process CPU time
 * of a round divided by its calls, and also that of the client's threads alone (the
 * server runs on its own, excluded, threads).
 * <p>
 * JMH is not used: a JMH benchmark measures one method at a time in a forked JVM, while
 * this comparison needs both sides interleaved in one JVM, against a server started by
 * the same run, with process CPU time per call next to throughput, and a whole run of
 * every figure in about three minutes. The loop below warms both sides up first and only
 * counts later rounds.
 *
 * @author Cocoonmail Team
 */
final class OverheadFigure {

	private static final int CONCURRENCY = 16;

	private static final Duration ROUND = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private static final int WARM_UP_ROUNDS = 6;

	private static final int MEASURED_ROUNDS = 8;

	private static final String API_KEY = CocoonmailEmulator.API_KEY;

	private final PrintStream log;

	private final CpuMeter cpu = new CpuMeter();

	private final LoadDriver driver = new LoadDriver(CONCURRENCY, 1_000_000, ROUND.plusSeconds(30));

	OverheadFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		this.log.println("[3] overhead: " + CONCURRENCY + " concurrent calls, " + ROUND.toSeconds() + " s rounds");
		try (CocoonmailEmulator server = BenchEmulator.start(EmulatorRateLimit.unlimited())) {
			CocoonmailClient client = CocoonmailClient.builder()
				.webClientBuilder(WebClient.builder().clientConnector(timedConnector()))
				.baseUrl(server.baseUrl())
				.apiKey(API_KEY)
				.pacer(CocoonmailRequestPacer.unpaced())
				.retryPolicy(CocoonmailRetryPolicy.defaults())
				.build();
			WebClient webClient = WebClient.builder()
				.baseUrl(server.baseUrl())
				.defaultHeaders((headers) -> headers.setBearerAuth(API_KEY))
				.build();
			OverheadSide starter = new OverheadSide("CocoonmailOperations.sendEvent",
					() -> client.sendEvent(Events.SIGNUP));
			OverheadSide bare = new OverheadSide("bare WebClient", () -> bareSendEvent(webClient));
			for (int round = 0; round < WARM_UP_ROUNDS; round++) {
				round(starter, false);
				round(bare, false);
			}
			double[] pairRatios = new double[MEASURED_ROUNDS];
			for (int round = 0; round < MEASURED_ROUNDS; round++) {
				OverheadSide first = (round % 2 == 0) ? starter : bare;
				double firstRate = round(first, true);
				double secondRate = round((first == starter) ? bare : starter, true);
				pairRatios[round] = (first == starter) ? firstRate / secondRate : secondRate / firstRate;
			}
			Arrays.sort(pairRatios);
			this.log.printf(Locale.ROOT, "    throughput ratio per A/B pair: %s%n", Arrays.toString(pairRatios));
			return rows(starter, bare, pairRatios);
		}
	}

	/**
	 * The connector as the auto-configuration builds it: the read timeout enforced by
	 * Reactor Netty on the connection's event loop.
	 * @return the connector
	 */
	private static ReactorClientHttpConnector timedConnector() {
		return new ReactorClientHttpConnector(HttpClient.create().responseTimeout(READ_TIMEOUT));
	}

	private static Mono<SendEventResponse> bareSendEvent(WebClient webClient) {
		return webClient.post()
			.uri("/webhook/event/send")
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Events.SIGNUP)
			.retrieve()
			.bodyToMono(SendEventResponse.class);
	}

	private double round(OverheadSide side, boolean measured) {
		this.cpu.start();
		LoadResult result = this.driver.run(side.call(), ROUND);
		long[] used = this.cpu.stop();
		if (measured) {
			side.add(result, used);
		}
		this.log.printf(Locale.ROOT,
				"    %-8s %-31s %8.0f req/s %7.1f us CPU/call (process) %7.1f us (client threads)%s%n",
				measured ? "measured" : "warm-up", side.name(), result.perSecond(), used[0] / 1e3 / result.calls(),
				used[1] / 1e3 / result.calls(),
				(result.failed() > 0) ? ", " + result.failed() + " failed: " + result.firstFailure() : "");
		return result.perSecond();
	}

	private static List<ResultRow> rows(OverheadSide starter, OverheadSide bare, double[] pairRatios) {
		double throughputRatio = starter.throughput() / bare.throughput();
		String failures = (starter.failed() + bare.failed() > 0)
				? String.format(Locale.ROOT, "; %d and %d failed", starter.failed(), bare.failed()) : "";
		return List.of(
				new ResultRow("3. Overhead, limiter off: throughput, sendEvent vs bare WebClient",
						String.format(Locale.ROOT, "%.0f vs %.0f req/s (%d vs %d calls%s)", starter.throughput(),
								bare.throughput(), starter.calls(), bare.calls(), failures),
						">= 0.9 x bare",
						String.format(Locale.ROOT, "%.3f (pairs %.2f-%.2f)", throughputRatio, pairRatios[0],
								pairRatios[pairRatios.length - 1]),
						Verdict.of(throughputRatio >= 0.9 && starter.failed() == 0)),
				new ResultRow(
						"3. Overhead: CPU per call, whole process (incl. server)", String.format(Locale.ROOT,
								"%.1f vs %.1f us", starter.processCpuMicrosPerCall(), bare.processCpuMicrosPerCall()),
						"-",
						String.format(Locale.ROOT, "%.3f",
								starter.processCpuMicrosPerCall() / bare.processCpuMicrosPerCall()),
						Verdict.INFO),
				new ResultRow("3. Overhead: CPU per call, client threads only",
						String.format(Locale.ROOT, "%.1f vs %.1f us", starter.clientCpuMicrosPerCall(),
								bare.clientCpuMicrosPerCall()),
						"-", String.format(Locale.ROOT, "%.3f",
								starter.clientCpuMicrosPerCall() / bare.clientCpuMicrosPerCall()),
						Verdict.INFO));
	}

}
