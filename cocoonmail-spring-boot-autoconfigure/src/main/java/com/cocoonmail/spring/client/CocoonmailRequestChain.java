package com.cocoonmail.spring.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.cocoonmail.spring.client.ResponseReaders.MissingData;
import com.cocoonmail.spring.client.ResponseReaders.ResponseReader;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The way of every call from a {@link CocoonmailOperations} method to the wire, in the
 * order it happens. Once per call: the body is written as JSON and an observation is
 * started. Then per attempt, retries included: the pacer grants a permit, the request is
 * sent, the response's rate-limit headers are read once into the {@link RateLimitState},
 * and a non-2xx response or a transport failure is mapped to a
 * {@link CocoonmailException} by {@link ResponseErrors}, the one place that does so.
 * Retries follow the {@link CocoonmailRetryPolicy}.
 * <p>
 * The per-attempt work is one operator ({@link #attempt}) rather than an
 * {@code ExchangeFilterFunction}: it needs the typed reader and the whole body to map a
 * response, which a filter would have to buffer and rebuild, and it keeps the user's
 * {@link WebClient.Builder} filters free of this client's concerns.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailRequestChain {

	static final String OBSERVATION_NAME = "cocoonmail.client.requests";

	private static final Log logger = LogFactory.getLog(CocoonmailRequestChain.class);

	private static final byte[] NO_BODY = new byte[0];

	private final WebClient webClient;

	private final ResponseErrors errors;

	private final CocoonmailRequestPacer pacer;

	private final @Nullable Duration responseTimeout;

	private final ObservationRegistry observationRegistry;

	private final Retry readRetry;

	private final Retry writeRetry;

	private final AtomicReference<RateLimitState> state = new AtomicReference<>(RateLimitState.UNKNOWN);

	CocoonmailRequestChain(WebClient webClient, ResponseErrors errors, CocoonmailRequestPacer pacer,
			CocoonmailRetryPolicy retryPolicy, @Nullable Duration responseTimeout,
			ObservationRegistry observationRegistry) {
		this.webClient = webClient;
		this.errors = errors;
		this.pacer = pacer;
		this.responseTimeout = responseTimeout;
		this.observationRegistry = observationRegistry;
		this.readRetry = retryPolicy.toRetry(true);
		this.writeRetry = retryPolicy.toRetry(false);
	}

	/**
	 * Make one call.
	 * @param <T> the type read from the response
	 * @param request what to send
	 * @param reader reads a 2xx body
	 * @return the call; it completes empty only when the reader reads nothing
	 */
	<T> Mono<T> call(CocoonmailRequest request, ResponseReader<T> reader) {
		return Mono.defer(() -> {
			byte[] json = (request.body() != null) ? toJson(request.endpoint(), request.body()) : null;
			CallObservation observation = CallObservation.of(request.endpoint(), this.observationRegistry);
			Mono<T> call = attempt(request, json, reader, observation);
			return observation.observe(retried(call, request.endpoint()));
		});
	}

	private <T> Mono<T> attempt(CocoonmailRequest request, byte @Nullable [] json, ResponseReader<T> reader,
			CallObservation observation) {
		WebClient.RequestBodySpec spec = this.webClient.method(request.endpoint().method()).uri(request.uri());
		WebClient.RequestHeadersSpec<?> withBody = (json != null)
				? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json) : spec;
		Mono<T> exchange = withBody
			.exchangeToMono((response) -> read(request.endpoint(), response, reader, observation));
		if (this.responseTimeout != null) {
			exchange = exchange.timeout(this.responseTimeout);
		}
		return this.pacer.pace(exchange)
			.onErrorMap((ex) -> this.errors.fromTransport(request.endpoint().operation(), ex));
	}

	private <T> Mono<T> read(CocoonmailEndpoint endpoint, ClientResponse response, ResponseReader<T> reader,
			CallObservation observation) {
		int status = response.statusCode().value();
		RateLimitHeaders headers = RateLimitHeaders.of(response.headers().asHttpHeaders());
		Charset charset = response.headers().contentType().map(MediaType::getCharset).orElse(StandardCharsets.UTF_8);
		observation.status(status);
		this.pacer.onAnswer(status, headers.remaining(), (status == 429) ? headers.retryAfter() : null);
		if (logger.isDebugEnabled()) {
			logger.debug("Cocoonmail answered " + status + " to " + endpoint.operation());
		}
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(NO_BODY)
			.handle((body, sink) -> readBody(endpoint, status, headers, body, charset, reader, sink));
	}

	private <T> void readBody(CocoonmailEndpoint endpoint, int status, RateLimitHeaders headers, byte[] body,
			Charset charset, ResponseReader<T> reader, SynchronousSink<T> sink) {
		if (status < 200 || status > 299) {
			remember(headers, null, reader);
			sink.error(this.errors.fromResponse(endpoint.operation(), status, headers, body, charset));
			return;
		}
		try {
			T value = reader.read(body);
			remember(headers, value, reader);
			if (value != null) {
				sink.next(value);
			}
		}
		catch (JacksonException ex) {
			sink.error(this.errors.unreadable(endpoint.operation(), status, body, charset, ex));
		}
		catch (MissingData ex) {
			sink.error(this.errors.missingData(endpoint.operation(), status, body, charset));
		}
	}

	private <T> void remember(RateLimitHeaders headers, @Nullable T value, ResponseReader<T> reader) {
		RateLimitState current = this.state.get();
		RateLimitState next = current.after(headers, (value != null) ? reader.quotas(value) : Map.of());
		if (next != current) {
			this.state.set(next);
		}
	}

	/**
	 * Apply the retry policy only once an attempt failed, so that a call that succeeds at
	 * once pays nothing for it: the first failure is replayed into the retry.
	 * @param <T> the type read
	 * @param attempt one attempt, subscribed again for each retry
	 * @param endpoint the endpoint, read or write
	 * @return the retried call
	 */
	private <T> Mono<T> retried(Mono<T> attempt, CocoonmailEndpoint endpoint) {
		Retry retry = endpoint.idempotent() ? this.readRetry : this.writeRetry;
		return attempt.onErrorResume((first) -> {
			AtomicBoolean replayed = new AtomicBoolean();
			return Mono.defer(() -> replayed.getAndSet(true) ? attempt : Mono.<T>error(first)).retryWhen(retry);
		});
	}

	RateLimitState state() {
		return this.state.get();
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

}
