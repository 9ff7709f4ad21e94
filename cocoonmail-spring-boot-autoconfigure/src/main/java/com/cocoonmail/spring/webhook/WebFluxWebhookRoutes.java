package com.cocoonmail.spring.webhook;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves a {@link CocoonmailWebhookReceiver} in a WebFlux application.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class WebFluxWebhookRoutes {

	private WebFluxWebhookRoutes() {
	}

	/**
	 * Return a router function answering {@code POST path} with the receiver.
	 * @param path the path, such as {@code /cocoonmail/webhooks}
	 * @param receiver the receiver
	 * @return the router function
	 */
	public static RouterFunction<ServerResponse> create(String path, CocoonmailWebhookReceiver receiver) {
		Assert.isTrue(path.startsWith("/"), "path must start with '/'");
		return RouterFunctions.route().POST(path, new WebFluxWebhookHandler(receiver)).build();
	}

}
