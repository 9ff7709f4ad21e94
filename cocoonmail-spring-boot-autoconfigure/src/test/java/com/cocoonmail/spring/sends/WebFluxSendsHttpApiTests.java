package com.cocoonmail.spring.sends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailSendsAutoConfiguration;
import com.cocoonmail.spring.test.LoopbackCocoonmail;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The sends HTTP API on a WebFlux application, with sends in memory.
 *
 * @author Cocoonmail Team
 */
class WebFluxSendsHttpApiTests extends SendsHttpApiContractTests {

	@Override
	void run(BiConsumer<WebTestClient, SendStore> test) {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailSendsAutoConfiguration.class, WebFluxAutoConfiguration.class))
			.withPropertyValues("cocoonmail.api-key=" + LoopbackCocoonmail.API_KEY,
					"cocoonmail.base-url=" + closedBaseUrl(), "cocoonmail.sends.api.enabled=true",
					"cocoonmail.sends.api.token=" + TOKEN,
					// the fixtures date from March 2026: keep them out of reach of the
					// start-up purge
					"cocoonmail.sends.retention=3650d")
			.run((context) -> test.accept(
					WebTestClient.bindToApplicationContext(context).configureClient().baseUrl(BASE_URL).build(),
					context.getBean(SendStore.class)));
	}

	static String closedBaseUrl() {
		try {
			return LoopbackCocoonmail.closedBaseUrl();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
