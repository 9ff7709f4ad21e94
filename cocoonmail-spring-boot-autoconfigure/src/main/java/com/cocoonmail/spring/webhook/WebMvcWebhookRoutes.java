package com.cocoonmail.spring.webhook;

import org.springframework.util.Assert;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves a {@link CocoonmailWebhookReceiver} in a Spring MVC (servlet) application.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class WebMvcWebhookRoutes {

	private WebMvcWebhookRoutes() {
	}

	/**
	 * Return a router function answering {@code POST path} with the receiver.
	 * @param path the path, such as {@code /cocoonmail/webhooks}
	 * @param receiver the receiver
	 * @return the router function
	 */
	public static RouterFunction<ServerResponse> create(String path, CocoonmailWebhookReceiver receiver) {
		Assert.isTrue(path.startsWith("/"), "path must start with '/'");
		return RouterFunctions.route().POST(path, new WebMvcWebhookHandler(receiver)).build();
	}

}
