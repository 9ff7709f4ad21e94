package com.cocoonmail.spring.sends;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the {@link SendsHttpApi} on Spring MVC (servlet) applications.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class SendsWebMvcRoutes {

	private SendsWebMvcRoutes() {
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
			.GET(base, (request) -> answer(api.list(request.uri(), authorization(request))))
			.GET(base + "/{uuid}", (request) -> answer(api.get(request.pathVariable("uuid"), authorization(request))))
			.DELETE(base + "/{uuid}",
					(request) -> answer(api.delete(request.pathVariable("uuid"), authorization(request))))
			.build();
	}

	private static @Nullable String authorization(ServerRequest request) {
		return request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
	}

	private static ServerResponse answer(SendsHttpResponse response) {
		String body = response.body();
		ServerResponse.BodyBuilder builder = ServerResponse.status(response.status());
		return (body != null) ? builder.contentType(MediaType.APPLICATION_JSON).body(body) : builder.build();
	}

}
