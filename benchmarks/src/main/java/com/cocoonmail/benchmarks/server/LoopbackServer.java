package com.cocoonmail.benchmarks.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.cocoonmail.emulator.EmulatorRateLimit;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A Reactor Netty server on {@code 127.0.0.1} that answers Cocoonmail's
 * {@code POST /webhook/event/send} per an {@link EmulatorRateLimit}, with
 * {@code x-ratelimit-*} headers, and records when each request arrived. It runs on its
 * own threads, named {@value #THREAD_PREFIX}..., so that their CPU time can be told apart
 * from the client's.
 *
 * @author Cocoonmail Team
 */
public final class LoopbackServer implements AutoCloseable {

	/**
	 * The prefix of the names of the server's threads.
	 */
	public static final String THREAD_PREFIX = "bench-server";

	private static final String EVENT_PATH = "/webhook/event/send";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

	private final EmulatorRateLimit policy;

	private final ArrivalLog arrivals;

	private final Duration answerDelay;

	private final AtomicLong ids = new AtomicLong();

	private final LoopResources loops;

	private final DisposableServer server;

	private LoopbackServer(EmulatorRateLimit policy, int capacity, Duration answerDelay) {
		this.policy = policy;
		this.arrivals = new ArrivalLog(capacity);
		this.answerDelay = answerDelay;
		this.loops = LoopResources.create(THREAD_PREFIX, 1, 2, true);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.handle(this::handle)
			.bindNow(Duration.ofSeconds(10));
	}

	/**
	 * Start a server that answers at once.
	 * @param policy decides which requests are within the limit
	 * @param capacity how many accepted arrival times to keep
	 * @return the started server
	 */
	public static LoopbackServer start(EmulatorRateLimit policy, int capacity) {
		return new LoopbackServer(policy, capacity, Duration.ZERO);
	}

	/**
	 * Start a server that holds every answer for a while.
	 * @param policy decides which requests are within the limit
	 * @param capacity how many accepted arrival times to keep
	 * @param answerDelay how long to hold each answer
	 * @return the started server
	 */
	public static LoopbackServer start(EmulatorRateLimit policy, int capacity, Duration answerDelay) {
		return new LoopbackServer(policy, capacity, answerDelay);
	}

	/**
	 * Return the base URL to point a client at.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Return what the server has seen so far.
	 * @return the arrival log
	 */
	public ArrivalLog arrivals() {
		return this.arrivals;
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		if (!HttpMethod.POST.equals(request.method()) || !EVENT_PATH.equals(request.fullPath())) {
			return request.receive().then(response.status(HttpResponseStatus.NOT_FOUND).send());
		}
		EmulatorRateLimit.Admission admission = admit();
		response.status(admission.accepted() ? HttpResponseStatus.CREATED : HttpResponseStatus.TOO_MANY_REQUESTS)
			.header("Content-Type", "application/json")
			.header("x-ratelimit-limit", String.valueOf(this.policy.limit()))
			.header("x-ratelimit-remaining", String.valueOf(admission.remaining()));
		if (admission.retryAfterSeconds() != null) {
			response.header("Retry-After", String.valueOf(admission.retryAfterSeconds()));
		}
		Mono<String> body = Mono
			.just(admission.accepted() ? "{\"success\":true,\"id\":\"evt_" + this.ids.incrementAndGet() + "\"}"
					: "{\"success\":false,\"message\":\"Too many requests\"}");
		Mono<String> answer = this.answerDelay.isZero() ? body : body.delayElement(this.answerDelay);
		return request.receive().then().then(response.sendString(answer).then());
	}

	private EmulatorRateLimit.Admission admit() {
		synchronized (this.policy) {
			long arrival = System.nanoTime();
			EmulatorRateLimit.Admission admission = this.policy.admit(arrival);
			this.arrivals.record(arrival, admission.accepted());
			return admission;
		}
	}

	@Override
	public void close() {
		this.server.disposeNow(STOP_TIMEOUT);
		this.loops.disposeLater(Duration.ZERO, STOP_TIMEOUT).block(STOP_TIMEOUT.multipliedBy(2));
	}

}
