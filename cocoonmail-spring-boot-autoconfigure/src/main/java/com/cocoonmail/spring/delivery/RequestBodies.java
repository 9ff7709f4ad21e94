package com.cocoonmail.spring.delivery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.AbstractClientHttpRequest;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/**
 * Reads the body of a {@link ClientRequest} in memory, by letting its inserter write to a
 * request that only collects the bytes.
 *
 * @author Cocoonmail Team
 */
final class RequestBodies {

	private static final ExchangeStrategies STRATEGIES = ExchangeStrategies.withDefaults();

	private static final BodyInserter.Context CONTEXT = new BodyInserter.Context() {

		@Override
		public List<HttpMessageWriter<?>> messageWriters() {
			return STRATEGIES.messageWriters();
		}

		@Override
		public Optional<ServerHttpRequest> serverRequest() {
			return Optional.empty();
		}

		@Override
		public Map<String, Object> hints() {
			return Map.of();
		}

	};

	private RequestBodies() {
	}

	static ExchangeStrategies strategies() {
		return STRATEGIES;
	}

	/**
	 * Return the body the request would send.
	 * @param request the request
	 * @return the body, empty when there is none
	 */
	static Mono<byte[]> read(ClientRequest request) {
		CollectingRequest collecting = new CollectingRequest(request.method(), request.url());
		return request.body().insert(collecting, CONTEXT).then(Mono.fromSupplier(collecting::bytes));
	}

	/**
	 * A request that keeps what is written to it.
	 */
	private static final class CollectingRequest extends AbstractClientHttpRequest {

		private final DataBufferFactory bufferFactory = DefaultDataBufferFactory.sharedInstance;

		private final HttpMethod method;

		private final URI uri;

		private byte[] bytes = new byte[0];

		CollectingRequest(HttpMethod method, URI uri) {
			this.method = method;
			this.uri = uri;
		}

		byte[] bytes() {
			return this.bytes;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public DataBufferFactory bufferFactory() {
			return this.bufferFactory;
		}

		@Override
		public <T> T getNativeRequest() {
			throw new UnsupportedOperationException("An in-memory request has no native request");
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return DataBufferUtils.join(Flux.from(body)).doOnNext((joined) -> {
				byte[] read = new byte[joined.readableByteCount()];
				joined.read(read);
				DataBufferUtils.release(joined);
				this.bytes = read;
			}).then(doCommit());
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return writeWith(Flux.from(body).flatMap(Flux::from));
		}

		@Override
		public Mono<Void> setComplete() {
			return doCommit();
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

}
