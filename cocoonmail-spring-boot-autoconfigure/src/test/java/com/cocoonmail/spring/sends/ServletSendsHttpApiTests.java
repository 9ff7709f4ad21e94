package com.cocoonmail.spring.sends;

import java.util.function.BiConsumer;

import javax.sql.DataSource;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailSendsAutoConfiguration;
import com.cocoonmail.spring.test.LoopbackCocoonmail;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sends HTTP API on a servlet (Spring MVC) application, with sends in H2.
 *
 * @author Cocoonmail Team
 */
class ServletSendsHttpApiTests extends SendsHttpApiContractTests {

	@Override
	void run(BiConsumer<WebTestClient, SendStore> test) {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailSendsAutoConfiguration.class, WebMvcAutoConfiguration.class))
			.withBean(DataSource.class,
					() -> new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
						.generateUniqueName(true)
						.build())
			.withPropertyValues("cocoonmail.api-key=" + LoopbackCocoonmail.API_KEY,
					"cocoonmail.base-url=" + WebFluxSendsHttpApiTests.closedBaseUrl(),
					"cocoonmail.sends.api.enabled=true", "cocoonmail.sends.api.token=" + TOKEN,
					// the fixtures date from March 2026: keep them out of reach of the
					// start-up purge
					"cocoonmail.sends.retention=3650d")
			.run((context) -> {
				assertThat(context).hasSingleBean(JdbcSendStore.class);
				test.accept(MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context).build())
					.baseUrl(BASE_URL)
					.build(), context.getBean(SendStore.class));
			});
	}

}
