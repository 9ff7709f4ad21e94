package com.cocoonmail.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback to customize the {@link WebClient.Builder} the Cocoonmail client is built
 * from, after the starter's own settings.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@FunctionalInterface
public interface CocoonmailWebClientCustomizer {

	/**
	 * Customize the builder.
	 * @param webClientBuilder the builder
	 */
	void customize(WebClient.Builder webClientBuilder);

}
