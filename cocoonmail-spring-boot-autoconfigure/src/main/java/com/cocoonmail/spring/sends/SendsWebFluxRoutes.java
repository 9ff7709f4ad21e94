package com.cocoonmail.spring.sends;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the {@link SendsHttpApi} on WebFlux, off the event loop.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class SendsWebFluxRoutes {

	private SendsWebFluxRoutes() {
	}

	/**
	 * Return the routes of the API under the given path.
	 * @param api the API
	 * @param path the path, such as {@code /api/sends}
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> of(SendsHttpApi api, String path) {
		String base = SendsPaths.normalize(path);
		return RouterFunctions.route()
			.GET(base, (request) -> answer(() -> api.list(request.uri(), authorization(request))))
			.GET(base + "/{uuid}",
					(request) -> answer(() -> api.get(request.pathVariable("uuid"), authorization(request))))
			.DELETE(base + "/{uuid}",
					(request) -> answer(() -> api.delete(request.pathVariable("uuid"), authorization(request))))
			.build();
	}

	private static @Nullable String authorization(ServerRequest request) {
		return request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
	}

	private static Mono<ServerResponse> answer(Supplier<SendsHttpResponse> call) {
		return Mono.fromSupplier(call).subscribeOn(Schedulers.boundedElastic()).flatMap((response) -> {
			String body = response.body();
			ServerResponse.BodyBuilder builder = ServerResponse.status(response.status());
			return (body != null) ? builder.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : builder.build();
		});
	}

}
