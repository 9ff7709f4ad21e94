package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.cocoonmail.spring.webhook.CocoonmailWebhookEvent;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * SPEC section 14, webhook receiver on loopback: deliveries per second and p99 latency of
 * distinct authorised deliveries posted by a client keeping a fixed number in flight, on
 * WebFlux (Reactor Netty) and on Spring MVC (Tomcat), receipts in memory.
 *
 * @author Cocoonmail Team
 */
final class WebhookFigure {

	private static final String TOKEN = "Bearer bench-webhook-token";

	private static final int WARM_UP = 5_000;

	private static final int MEASURED = 20_000;

	private static final int IN_FLIGHT = 16;

	private final PrintStream out;

	WebhookFigure(PrintStream out) {
		this.out = out;
	}

	List<ResultRow> run() {
		List<ResultRow> rows = new ArrayList<>();
		rows.addAll(run("WebFlux", WebApplicationType.REACTIVE));
		rows.addAll(run("MVC", WebApplicationType.SERVLET));
		return rows;
	}

	private List<ResultRow> run(String stack, WebApplicationType type) {
		this.out.println("Webhook receiver on " + stack + ": " + MEASURED + " deliveries, " + IN_FLIGHT + " in flight");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReceiverApplication.class).web(type)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=WARN",
					"cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization=" + TOKEN,
					"cocoonmail.webhooks.store=memory")
			.run()) {
			URI uri = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
					+ "/cocoonmail/webhooks");
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			drive(client, uri, WARM_UP, 0);
			Counter counter = context.getBean(Counter.class);
			int before = counter.count.get();
			long start = System.nanoTime();
			long[] latencies = drive(client, uri, MEASURED, WARM_UP);
			double seconds = (System.nanoTime() - start) / 1e9;
			double perSecond = MEASURED / seconds;
			Percentiles percentiles = new Percentiles(latencies);
			double p99 = percentiles.percentile(99) / 1e6;
			int published = counter.count.get() - before;
			return List.of(
					ResultRow.of("6. Webhook receiver, " + stack + ": deliveries/s", String.format("%.0f/s", perSecond),
							">= 2,000/s", Verdict.of(perSecond >= 2000)),
					ResultRow.of("6. Webhook receiver, " + stack + ": p99 latency",
							String.format("%.2f ms (p50 %.2f ms)", p99, percentiles.percentile(50) / 1e6), "<= 10 ms",
							Verdict.of(p99 <= 10)),
					ResultRow.info("6. Webhook receiver, " + stack + ": events published",
							published + " of " + MEASURED));
		}
	}

	private static long[] drive(HttpClient client, URI uri, int count, int offset) {
		long[] latencies = new long[count];
		Semaphore inFlight = new Semaphore(IN_FLIGHT);
		List<CompletableFuture<?>> all = new ArrayList<>(count);
		String now = Instant.now().toString();
		for (int i = 0; i < count; i++) {
			int index = i;
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Authorization", TOKEN)
				.header("x-cocoon-event-type", "email.opened")
				.header("x-cocoon-event-datetime", now)
				.header("x-cocoon-email-message-id", "msg-" + (offset + i))
				.header("x-cocoon-contact-email", "ada@example.com")
				.POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + (offset + i) + "}"))
				.build();
			inFlight.acquireUninterruptibly();
			long sent = System.nanoTime();
			all.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, ex) -> {
				latencies[index] = System.nanoTime() - sent;
				inFlight.release();
				if (ex != null || response.statusCode() != 204) {
					throw new IllegalStateException("Delivery " + index + " failed: "
							+ ((ex != null) ? ex : Integer.valueOf(response.statusCode())));
				}
			}));
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		return latencies;
	}

	/**
	 * Counts the events the receiver publishes.
	 */
	static final class Counter implements ApplicationListener<CocoonmailWebhookEvent> {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public void onApplicationEvent(CocoonmailWebhookEvent event) {
			this.count.incrementAndGet();
		}

	}

	/**
	 * An application serving nothing but the receiver.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ReceiverApplication {

		@Bean
		Counter counter() {
			return new Counter();
		}

	}

}
