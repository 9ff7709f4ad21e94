package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Builds the client's connector so that wire logging can never print the API key and no
 * redirect can carry it to another host: a Reactor Netty client has its wiretap switched
 * off and follows no redirect, whatever customizers did before.
 *
 * @author Cocoonmail Team
 */
final class SecretSafeConnectors {

	private SecretSafeConnectors() {
	}

	static ClientHttpConnector build(ClientHttpConnectorBuilder<?> builder, HttpClientSettings settings) {
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			return reactor.withHttpClientCustomizer((httpClient) -> httpClient.wiretap(false).followRedirect(false))
				.build(settings);
		}
		return builder.build(settings);
	}

}
