package com.cocoonmail.sample.emulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Cocoonmail stand-in on a loopback port: the documented endpoints the sample uses, the
 * API key check, the {@code Accept} check, {@code x-ratelimit-*} headers and a 429 beyond
 * 10 requests in any second.
 *
 * @author Cocoonmail Team
 */
public final class CocoonmailEmulator implements AutoCloseable {

	/**
	 * The API key the emulator accepts.
	 */
	public static final String API_KEY = "emulator-key";

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final EmulatorStore store = new EmulatorStore();

	private final EmulatorEndpoints endpoints = new EmulatorEndpoints(this.store);

	private final EmulatorRateLimit rateLimit = new EmulatorRateLimit(10);

	private final DisposableServer server;

	private CocoonmailEmulator() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).route(this::routes).bindNow();
	}

	/**
	 * Start an emulator on a free loopback port.
	 * @return the running emulator
	 */
	public static CocoonmailEmulator start() {
		return new CocoonmailEmulator();
	}

	/**
	 * Return the base URL to point {@code cocoonmail.base-url} at.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Return what the emulator received.
	 * @return the store
	 */
	public EmulatorStore store() {
		return this.store;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private void routes(HttpServerRoutes routes) {
		routes
			.get("/webhook/api_key/validate",
					(request, response) -> answer(request, response, this.endpoints::validate))
			.post("/webhook/mail/send", (request, response) -> withBody(request, response, this.endpoints::sendMail))
			.get("/webhook/mail/status",
					(request, response) -> answer(request, response,
							() -> this.endpoints.mailStatus(queryParameter(request, "message_id"))))
			.post("/webhook/mail/usage", (request, response) -> answer(request, response, this.endpoints::usage))
			.post("/webhook/event/send", (request, response) -> withBody(request, response, this.endpoints::sendEvent))
			.post("/webhook/email/verify", (request, response) -> withBody(request, response, this.endpoints::verify));
	}

	private Mono<Void> withBody(HttpServerRequest request, HttpServerResponse response,
			Function<Map<String, Object>, EmulatorAnswer> endpoint) {
		return request.receive()
			.aggregate()
			.asString()
			.defaultIfEmpty("{}")
			.flatMap((body) -> answer(request, response,
					() -> endpoint.apply(this.mapper.readValue(body, JSON_OBJECT))));
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response,
			Supplier<EmulatorAnswer> endpoint) {
		int remaining = this.rateLimit.tryAccept();
		response.header("x-ratelimit-limit", String.valueOf(this.rateLimit.limit()))
			.header("x-ratelimit-remaining", String.valueOf(Math.max(remaining, 0)))
			.header("Content-Type", "application/json");
		EmulatorAnswer answer = (remaining < 0) ? error(429, "Too many requests/ Rate limit exceeded")
				: !authorized(request) ? error(401, "Invalid API key") : !request.requestHeaders().contains("Accept")
						? error(406, "Missing accept header") : endpoint.get();
		if (answer.status() == 429) {
			response.header("Retry-After", "1");
		}
		return response.status(answer.status())
			.sendString(Mono.just(this.mapper.writeValueAsString(answer.body())))
			.then();
	}

	private static boolean authorized(HttpServerRequest request) {
		return ("Bearer " + API_KEY).equals(request.requestHeaders().get("Authorization"))
				|| API_KEY.equals(request.requestHeaders().get("X-COCOONMAIL-API_KEY"));
	}

	private static EmulatorAnswer error(int status, String message) {
		return new EmulatorAnswer(status, Map.of("success", false, "message", message));
	}

	private static String queryParameter(HttpServerRequest request, String name) {
		List<String> values = new QueryStringDecoder(request.uri()).parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : "";
	}

}
