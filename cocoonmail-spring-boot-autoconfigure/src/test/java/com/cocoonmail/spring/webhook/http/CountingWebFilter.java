package com.cocoonmail.spring.webhook.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts the body bytes the WebFlux handler pulls from the server.
 *
 * @author Cocoonmail Team
 */
class CountingWebFilter implements WebFilter {

	private final BodyBytesRead read;

	CountingWebFilter(BodyBytesRead read) {
		this.read = read;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public Flux<DataBuffer> getBody() {
				return super.getBody()
					.doOnNext((buffer) -> CountingWebFilter.this.read.add(buffer.readableByteCount()));
			}

		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

}
