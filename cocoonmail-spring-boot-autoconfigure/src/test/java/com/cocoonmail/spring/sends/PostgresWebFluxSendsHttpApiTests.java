package com.cocoonmail.spring.sends;

import java.util.function.BiConsumer;

import javax.sql.DataSource;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailSendsAutoConfiguration;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import com.cocoonmail.testservers.PostgresServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sends HTTP API on a WebFlux application, with sends in a real PostgreSQL whose
 * table the starter creates.
 *
 * @author Cocoonmail Team
 */
class PostgresWebFluxSendsHttpApiTests extends SendsHttpApiContractTests {

	@Override
	void run(BiConsumer<WebTestClient, SendStore> test) {
		PostgresServer postgres = PostgresServer.shared();
		DataSource dataSource = postgres.dataSource(postgres.createUniqueDatabase("sends_api"));
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailSendsAutoConfiguration.class, WebFluxAutoConfiguration.class))
			.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("cocoonmail.api-key=" + LoopbackCocoonmail.API_KEY,
					"cocoonmail.base-url=" + WebFluxSendsHttpApiTests.closedBaseUrl(),
					"cocoonmail.sends.api.enabled=true", "cocoonmail.sends.api.token=" + TOKEN,
					"cocoonmail.sends.jdbc.initialize-schema=always",
					// the fixtures date from March 2026: keep them out of reach of the
					// start-up purge
					"cocoonmail.sends.retention=3650d")
			.run((context) -> {
				assertThat(context).hasSingleBean(JdbcSendStore.class);
				test.accept(WebTestClient.bindToApplicationContext(context).configureClient().baseUrl(BASE_URL).build(),
						context.getBean(SendStore.class));
			});
	}

}
