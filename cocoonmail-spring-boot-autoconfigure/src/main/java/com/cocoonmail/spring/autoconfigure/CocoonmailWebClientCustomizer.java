package com.cocoonmail.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback to customize the {@link WebClient.Builder} the Cocoonmail client is built
 * from, after the starter's own settings. The connector is not customized here: the
 * starter sets it after every customizer, built from Boot's
 * {@code ClientHttpConnectorBuilder} with wire logging switched off so that the API key
 * never reaches a log; customize the connector with a
 * {@code ClientHttpConnectorBuilderCustomizer} or {@code spring.http.clients.*}
 * properties instead.
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
