package com.cocoonmail.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * Cocoonmail on a loopback port: an {@link InMemoryCocoonmail} behind the key check (both
 * {@code Authorization: Bearer} and {@code X-COCOONMAIL-API_KEY}), the {@code Accept}
 * check ({@code 406}), {@code x-ratelimit-*} headers on every answer and a rate limit
 * ({@code 429} with {@code Retry-After}, by default a strict 10 per sliding second). It
 * records every arrival with its time, injects {@link EmulatorFault faults}, can hold
 * answers, and can post webhooks to the application. Start one with {@link #start()} or
 * {@link #builder()} and close it when done.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class CocoonmailEmulator implements AutoCloseable {

	/**
	 * The API key the emulator accepts unless built with another.
	 */
	public static final String API_KEY = "emulator-key";

	/**
	 * The domain whose recipients bounce: the emulator posts {@code email.bounced}
	 * instead of {@code email.opened} about their mail.
	 */
	public static final String BOUNCE_DOMAIN = "bounce.example.com";

	/**
	 * How long after answering a send the emulator posts its webhooks unless built with
	 * another delay.
	 */
	public static final Duration WEBHOOK_DELAY = Duration.ofMillis(500);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

	private final InMemoryCocoonmail cocoonmail;

	private final String apiKey;

	private final EmulatorRateLimit rateLimit;

	private final int maxArrivals;

	private final Duration webhookDelay;

	private volatile @Nullable EmulatorMailWebhooks webhooks;

	private final Deque<EmulatorArrival> arrivals = new ArrayDeque<>();

	private final Deque<EmulatorFault> nextFaults = new ArrayDeque<>();

	private volatile @Nullable EmulatorFault everyFault;

	private volatile Sinks.Empty<Void> hold = released();

	private volatile @Nullable Consumer<EmulatorRequest> onArrival;

	private final @Nullable LoopResources loops;

	private final DisposableServer server;

	private CocoonmailEmulator(Builder builder) {
		this.cocoonmail = builder.cocoonmail;
		this.apiKey = builder.apiKey;
		this.rateLimit = builder.rateLimit;
		this.maxArrivals = builder.maxArrivals;
		this.webhookDelay = builder.webhookDelay;
		if (builder.webhookUrl != null) {
			webhooksTo(builder.webhookUrl, builder.webhookAuthorization);
		}
		this.loops = (builder.threadPrefix != null) ? LoopResources.create(builder.threadPrefix, 1, 2, true) : null;
		HttpServer server = HttpServer.create().host("127.0.0.1").port(builder.port).handle(this::handle);
		this.server = ((this.loops != null) ? server.runOn(this.loops) : server).bindNow(Duration.ofSeconds(10));
	}

	/**
	 * Start an emulator on a free loopback port with the defaults: key {@value #API_KEY},
	 * a strict limit of 10 requests per sliding second.
	 * @return the running emulator
	 */
	public static CocoonmailEmulator start() {
		return builder().start();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the base URL to point {@code cocoonmail.base-url} at.
	 * @return the base URL, such as {@code http://127.0.0.1:51234}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Return the API key the emulator accepts.
	 * @return the key
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * Return the workspace behind the emulator: what it accepted, statuses, contacts.
	 * @return the workspace
	 */
	public InMemoryCocoonmail cocoonmail() {
		return this.cocoonmail;
	}

	/**
	 * Return every request that reached the emulator, refused ones included, in arrival
	 * order, with the status each was answered.
	 * @return the arrivals
	 */
	public List<EmulatorArrival> arrivals() {
		synchronized (this.arrivals) {
			return List.copyOf(this.arrivals);
		}
	}

	/**
	 * Return how many requests reached the emulator.
	 * @return the count
	 */
	public int arrivalCount() {
		synchronized (this.arrivals) {
			return this.arrivals.size();
		}
	}

	/**
	 * Return the largest number of requests that arrived in any sliding window of the
	 * given length, as Cocoonmail counts against its limit.
	 * @param window the window, such as one second
	 * @return the largest count
	 */
	public int maxArrivalsInAnyWindow(Duration window) {
		return maxInAnyWindow(arrivals().stream().mapToLong((arrival) -> arrival.request().nanoTime()).toArray(),
				window);
	}

	/**
	 * Return the largest number of the given times that fall in any sliding window of the
	 * given length: for every time, those at or after it and less than the window later.
	 * @param nanoTimes times on {@link System#nanoTime()}'s clock, in any order, such as
	 * the arrivals a load generator recorded
	 * @param window the window, such as one second
	 * @return the largest count, {@code 0} for no times
	 */
	public static int maxInAnyWindow(long[] nanoTimes, Duration window) {
		long[] sorted = nanoTimes.clone();
		Arrays.sort(sorted);
		int max = 0;
		int start = 0;
		for (int end = 0; end < sorted.length; end++) {
			while (sorted[end] - sorted[start] >= window.toNanos()) {
				start++;
			}
			max = Math.max(max, end - start + 1);
		}
		return max;
	}

	/**
	 * Inject these faults into the next requests, one each, in order.
	 * @param faults the faults
	 */
	public void failNext(EmulatorFault... faults) {
		synchronized (this.nextFaults) {
			this.nextFaults.addAll(List.of(faults));
		}
	}

	/**
	 * Inject this fault into every request, after those queued by
	 * {@link #failNext(EmulatorFault...)}.
	 * @param fault the fault, or {@code null} to stop
	 */
	public void failEvery(@Nullable EmulatorFault fault) {
		this.everyFault = fault;
	}

	/**
	 * Stop injecting faults.
	 */
	public void clearFaults() {
		synchronized (this.nextFaults) {
			this.nextFaults.clear();
		}
		this.everyFault = null;
	}

	/**
	 * Hold every answer, from now on, until {@link #release()}.
	 */
	public void hold() {
		this.hold = Sinks.empty();
	}

	/**
	 * Send the answers held since {@link #hold()}.
	 */
	public void release() {
		this.hold.tryEmitEmpty();
	}

	/**
	 * Run this action with every request as it arrives, before it is answered. The action
	 * runs on a thread of its own, not on the server's, so it may block, for instance to
	 * wait until several requests are in flight at once.
	 * @param action the action, or {@code null} to stop
	 */
	public void onArrival(@Nullable Consumer<EmulatorRequest> action) {
		this.onArrival = action;
	}

	/**
	 * Post webhooks to this URL from now on, as {@link Builder#webhooksTo} does: for an
	 * application whose URL is known only once it has started.
	 * @param url the receiver's URL
	 * @param authorization the {@code Authorization} header, or {@code null}
	 */
	public void webhooksTo(URI url, @Nullable String authorization) {
		EmulatorMailWebhooks previous = this.webhooks;
		this.webhooks = new EmulatorMailWebhooks(new EmulatorWebhookSender(url, authorization), this.cocoonmail,
				this.webhookDelay);
		if (previous != null) {
			previous.close();
		}
	}

	/**
	 * Post a webhook to the URL the emulator was built or set with, recording an
	 * {@code email.opened} or {@code email.bounced} in the mail's status first.
	 * @param webhook the webhook
	 * @return the status the receiver answered
	 * @throws IllegalStateException if the emulator was built without a webhook URL
	 * @throws java.io.IOException if the receiver cannot be reached
	 * @throws InterruptedException if interrupted while waiting
	 */
	public int sendWebhook(EmulatorWebhook webhook) throws java.io.IOException, InterruptedException {
		EmulatorMailWebhooks webhooks = this.webhooks;
		if (webhooks == null) {
			throw new IllegalStateException("Build or set the emulator with webhooksTo(url, authorization) first");
		}
		this.cocoonmail.tracked(webhook);
		return webhooks.sender().send(webhook);
	}

	@Override
	public void close() {
		release();
		EmulatorMailWebhooks webhooks = this.webhooks;
		if (webhooks != null) {
			webhooks.close();
		}
		this.server.disposeNow(STOP_TIMEOUT);
		if (this.loops != null) {
			this.loops.disposeLater(Duration.ZERO, STOP_TIMEOUT).block(STOP_TIMEOUT.multipliedBy(2));
		}
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		long nanoTime = System.nanoTime();
		Instant receivedAt = Instant.now();
		Sinks.Empty<Void> held = this.hold;
		EmulatorMailWebhooks webhooks = this.webhooks;
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.map((body) -> received(request, body, receivedAt, nanoTime))
			.flatMap(this::arrived)
			.flatMap((received) -> respond(received, response, held, webhooks));
	}

	private Mono<EmulatorRequest> arrived(EmulatorRequest request) {
		Consumer<EmulatorRequest> action = this.onArrival;
		if (action == null) {
			return Mono.just(request);
		}
		return Mono.fromCallable(() -> {
			action.accept(request);
			return request;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<Void> respond(EmulatorRequest received, HttpServerResponse response, Sinks.Empty<Void> held,
			@Nullable EmulatorMailWebhooks webhooks) {
		EmulatorRateLimit.Admission admission;
		synchronized (this.rateLimit) {
			admission = this.rateLimit.admit(received.nanoTime());
		}
		EmulatorFault fault = nextFault();
		if (fault != null && fault.kind() == EmulatorFault.Kind.RESET) {
			record(received, 0, "");
			return reset(response);
		}
		EmulatorAnswer answer = answer(received, admission, fault);
		record(received, answer.status(), answer.body());
		Duration delay = (fault != null && fault.kind() == EmulatorFault.Kind.DELAY) ? fault.delay() : Duration.ZERO;
		return held.asMono()
			.then(Mono.delay(delay))
			.then(write(response, answer, admission))
			.doOnSuccess((written) -> answered(webhooks, received, answer));
	}

	private static EmulatorRequest received(HttpServerRequest request, String body, Instant receivedAt, long nanoTime) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		Map<String, String> query = new LinkedHashMap<>();
		uri.parameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((header) -> headers
				.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
				.add(header.getValue()));
		return new EmulatorRequest(request.method().name(), uri.path(), Map.copyOf(query), Map.copyOf(headers), body,
				receivedAt, nanoTime);
	}

	private @Nullable EmulatorFault nextFault() {
		synchronized (this.nextFaults) {
			EmulatorFault next = this.nextFaults.poll();
			return (next != null) ? next : this.everyFault;
		}
	}

	private EmulatorAnswer answer(EmulatorRequest request, EmulatorRateLimit.Admission admission,
			@Nullable EmulatorFault fault) {
		if (!admission.accepted()) {
			EmulatorAnswer refused = EmulatorAnswer.error(429, "Too many requests/ Rate limit exceeded");
			return (admission.retryAfterSeconds() != null)
					? refused.withHeader("Retry-After", String.valueOf(admission.retryAfterSeconds())) : refused;
		}
		EmulatorAnswer injected = (fault != null) ? fault.answer() : null;
		if (injected != null) {
			return injected;
		}
		if (!authorized(request)) {
			return EmulatorAnswer.error(401, "Invalid API key");
		}
		if (!acceptsJson(request.header("Accept"))) {
			return EmulatorAnswer.error(406, "Missing accept header. For example : Accept: application/json");
		}
		return this.cocoonmail.answer(request);
	}

	private boolean authorized(EmulatorRequest request) {
		return ("Bearer " + this.apiKey).equals(request.header("Authorization"))
				|| this.apiKey.equals(request.header("X-COCOONMAIL-API_KEY"));
	}

	private static boolean acceptsJson(@Nullable String accept) {
		return accept != null
				&& (accept.contains("application/json") || accept.contains("*/*") || accept.contains("application/*"));
	}

	private static void answered(@Nullable EmulatorMailWebhooks webhooks, EmulatorRequest request,
			EmulatorAnswer answer) {
		if (webhooks != null && answer.status() < 300
				&& EmulatorEndpoint.SEND_MAIL.defaultPath().equals(request.path())) {
			webhooks.mailSent(answer);
		}
	}

	private void record(EmulatorRequest request, int status, String body) {
		synchronized (this.arrivals) {
			this.arrivals.addLast(new EmulatorArrival(request, status, body));
			while (this.arrivals.size() > this.maxArrivals) {
				this.arrivals.removeFirst();
			}
		}
	}

	private Mono<Void> write(HttpServerResponse response, EmulatorAnswer answer,
			EmulatorRateLimit.Admission admission) {
		response.status(answer.status())
			.header("Content-Type", "application/json")
			.header("x-ratelimit-limit", String.valueOf(this.rateLimit.limit()))
			.header("x-ratelimit-remaining", String.valueOf(admission.remaining()));
		answer.headers().forEach(response::header);
		return response.sendString(Mono.just(answer.body())).then();
	}

	private static Mono<Void> reset(HttpServerResponse response) {
		return Mono.fromRunnable(() -> response.withConnection((connection) -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		}));
	}

	private static Sinks.Empty<Void> released() {
		Sinks.Empty<Void> sink = Sinks.empty();
		sink.tryEmitEmpty();
		return sink;
	}

	/**
	 * Builds and starts a {@link CocoonmailEmulator}.
	 */
	public static final class Builder {

		private InMemoryCocoonmail cocoonmail = new InMemoryCocoonmail();

		private String apiKey = API_KEY;

		private EmulatorRateLimit rateLimit = EmulatorRateLimit.slidingWindow(10);

		private int port;

		private int maxArrivals = 1_000_000;

		private @Nullable URI webhookUrl;

		private @Nullable String webhookAuthorization;

		private Duration webhookDelay = WEBHOOK_DELAY;

		private @Nullable String threadPrefix;

		private Builder() {
		}

		/**
		 * Accept this key instead of {@value CocoonmailEmulator#API_KEY}.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Count requests this way instead of 10 per sliding second.
		 * @param rateLimit the policy
		 * @return this builder
		 */
		public Builder rateLimit(EmulatorRateLimit rateLimit) {
			this.rateLimit = rateLimit;
			return this;
		}

		/**
		 * Accept every request, never answering {@code 429} by itself.
		 * @return this builder
		 */
		public Builder noRateLimit() {
			return rateLimit(EmulatorRateLimit.unlimited());
		}

		/**
		 * Answer from this workspace.
		 * @param cocoonmail the workspace
		 * @return this builder
		 */
		public Builder cocoonmail(InMemoryCocoonmail cocoonmail) {
			this.cocoonmail = cocoonmail;
			return this;
		}

		/**
		 * Listen on this loopback port instead of a free one.
		 * @param port the port, {@code 0} for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * Keep at most this many arrivals, dropping the oldest.
		 * @param maxArrivals the bound, by default a million
		 * @return this builder
		 */
		public Builder maxArrivals(int maxArrivals) {
			this.maxArrivals = maxArrivals;
			return this;
		}

		/**
		 * Post webhooks to this URL, none by default: a while after answering a
		 * transactional send, {@code email.sent} then {@code email.opened} for every
		 * recipient ({@code email.bounced} instead of {@code email.opened} for those at
		 * {@value CocoonmailEmulator#BOUNCE_DOMAIN}), and any given to
		 * {@link CocoonmailEmulator#sendWebhook}.
		 * @param url the receiver's URL
		 * @param authorization the {@code Authorization} header, or {@code null}
		 * @return this builder
		 */
		public Builder webhooksTo(URI url, @Nullable String authorization) {
			this.webhookUrl = url;
			this.webhookAuthorization = authorization;
			return this;
		}

		/**
		 * Post the webhooks about a send this long after answering it instead of
		 * {@link CocoonmailEmulator#WEBHOOK_DELAY}, as Cocoonmail posts them after the
		 * application has had the answer (and recorded the send).
		 * @param webhookDelay the delay
		 * @return this builder
		 */
		public Builder webhookDelay(Duration webhookDelay) {
			this.webhookDelay = webhookDelay;
			return this;
		}

		/**
		 * Run the server on its own threads with names starting with this prefix, so
		 * their CPU time can be told apart.
		 * @param threadPrefix the prefix
		 * @return this builder
		 */
		public Builder threadPrefix(String threadPrefix) {
			this.threadPrefix = threadPrefix;
			return this;
		}

		/**
		 * Start the emulator on {@code 127.0.0.1}.
		 * @return the running emulator
		 */
		public CocoonmailEmulator start() {
			return new CocoonmailEmulator(this);
		}

	}

}
