package com.cocoonmail.spring.client;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

/**
 * Sends one call: serializes the body, paces and retries every attempt, maps failures and
 * records an observation.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailRequestExecutor {

	static final String OBSERVATION_NAME = "cocoonmail.client.requests";

	private static final Log logger = LogFactory.getLog(CocoonmailRequestExecutor.class);

	private final WebClient webClient;

	private final CocoonmailErrorMapper errors;

	private final CocoonmailRequestPacer pacer;

	private final CocoonmailRetryPolicy retryPolicy;

	private final @Nullable Duration responseTimeout;

	private final ObservationRegistry observationRegistry;

	private volatile @Nullable Integer lastRemaining;

	CocoonmailRequestExecutor(WebClient webClient, CocoonmailErrorMapper errors, CocoonmailRequestPacer pacer,
			CocoonmailRetryPolicy retryPolicy, @Nullable Duration responseTimeout,
			ObservationRegistry observationRegistry) {
		this.webClient = webClient;
		this.errors = errors;
		this.pacer = pacer;
		this.retryPolicy = retryPolicy;
		this.responseTimeout = responseTimeout;
		this.observationRegistry = observationRegistry;
	}

	<T> Mono<T> execute(CocoonmailEndpoint endpoint, Function<UriBuilder, URI> uri, @Nullable Object body,
			AnswerReader<T> reader) {
		return Mono.defer(() -> {
			byte[] json = (body != null) ? toJson(endpoint, body) : null;
			AtomicInteger lastStatus = new AtomicInteger();
			Mono<T> call = Mono.defer(() -> attempt(endpoint, uri, json, reader, lastStatus))
				.retryWhen(this.retryPolicy.toRetry(endpoint.operation(), endpoint.idempotent()));
			return observe(endpoint, call, lastStatus);
		});
	}

	private static byte[] toJson(CocoonmailEndpoint endpoint, Object body) {
		try {
			return CocoonmailJson.mapper().writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			throw new CocoonmailValidationException(body.getClass().getSimpleName(),
					List.of("request: cannot be written as JSON for " + endpoint.operation() + " ("
							+ ex.getOriginalMessage() + "); use strings, numbers, booleans, lists and maps as values"));
		}
	}

	private <T> Mono<T> attempt(CocoonmailEndpoint endpoint, Function<UriBuilder, URI> uri, byte @Nullable [] json,
			AnswerReader<T> reader, AtomicInteger lastStatus) {
		WebClient.RequestBodySpec request = this.webClient.method(endpoint.method()).uri(uri);
		WebClient.RequestHeadersSpec<?> withBody = (json != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json) : request;
		Mono<T> exchange = withBody.exchangeToMono((response) -> bodyText(response).flatMap((text) -> answer(endpoint,
				response.statusCode().value(), response.headers().asHttpHeaders(), text, reader, lastStatus)));
		if (this.responseTimeout != null) {
			exchange = exchange.timeout(this.responseTimeout);
		}
		return this.pacer.pace(exchange.onErrorMap((ex) -> !(ex instanceof CocoonmailException),
				(ex) -> this.errors.fromTransport(endpoint.operation(), ex)));
	}

	/**
	 * Read the answer as bytes rather than as a {@code String}: Spring's
	 * {@code StringDecoder} logs what it decodes at debug level, and an answer may echo
	 * the API key.
	 * @param response the answer
	 * @return the body as text, empty when there is none
	 */
	private static Mono<String> bodyText(ClientResponse response) {
		Charset charset = response.headers().contentType().map(MediaType::getCharset).orElse(StandardCharsets.UTF_8);
		return response.bodyToMono(byte[].class).map((bytes) -> new String(bytes, charset)).defaultIfEmpty("");
	}

	private <T> Mono<T> answer(CocoonmailEndpoint endpoint, int status, HttpHeaders headers, String body,
			AnswerReader<T> reader, AtomicInteger lastStatus) {
		lastStatus.set(status);
		Integer remaining = RateLimitHeaders.remaining(headers);
		if (remaining != null) {
			this.lastRemaining = remaining;
		}
		CocoonmailApiException failure = (status < 200 || status > 299)
				? this.errors.fromResponse(endpoint.operation(), status, headers, body) : null;
		this.pacer.onAnswer(status, remaining,
				(failure instanceof CocoonmailRateLimitException rateLimited) ? rateLimited.retryAfter() : null);
		if (logger.isDebugEnabled()) {
			logger.debug("Cocoonmail answered " + status + " to " + endpoint.operation());
		}
		if (failure != null) {
			return Mono.error(failure);
		}
		try {
			return Mono.justOrEmpty(reader.read(body));
		}
		catch (JacksonException ex) {
			return Mono.error(this.errors.fromUnreadableAnswer(endpoint.operation(), status, body, ex));
		}
	}

	@Nullable Integer lastRemaining() {
		return this.lastRemaining;
	}

	private <T> Mono<T> observe(CocoonmailEndpoint endpoint, Mono<T> call, AtomicInteger lastStatus) {
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
			.contextualName("cocoonmail " + endpoint.operation())
			.lowCardinalityKeyValue("operation", endpoint.operation())
			.lowCardinalityKeyValue("method", endpoint.method().name());
		return call.doOnSubscribe((subscription) -> observation.start())
			.doOnError(observation::error)
			.doFinally((signal) -> observation.lowCardinalityKeyValue("outcome", outcome(signal))
				.lowCardinalityKeyValue("status", (lastStatus.get() != 0) ? String.valueOf(lastStatus.get()) : "NONE")
				.stop());
	}

	private static String outcome(SignalType signal) {
		return switch (signal) {
			case ON_ERROR -> "FAILURE";
			case CANCEL -> "CANCELLED";
			default -> "SUCCESS";
		};
	}

	/**
	 * Reads a 2xx answer body.
	 *
	 * @param <T> the type read
	 */
	@FunctionalInterface
	interface AnswerReader<T> {

		@Nullable T read(String body);

	}

}
