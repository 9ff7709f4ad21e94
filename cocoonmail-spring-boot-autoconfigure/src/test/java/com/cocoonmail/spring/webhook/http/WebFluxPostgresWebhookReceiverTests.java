package com.cocoonmail.spring.webhook.http;

import java.util.Map;

import javax.sql.DataSource;

import com.cocoonmail.spring.sends.JdbcSendStore;
import com.cocoonmail.spring.sends.SendStore;
import com.cocoonmail.spring.webhook.CocoonmailWebhookReceipts;
import com.cocoonmail.spring.webhook.JdbcWebhookReceipts;
import com.cocoonmail.testservers.PostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver on WebFlux with its receipts and the sends ledger in a real PostgreSQL
 * (the schemas created at start-up), so every receipt and every ledger update is a
 * blocking JDBC call made off the event loop.
 *
 * @author Cocoonmail Team
 */
class WebFluxPostgresWebhookReceiverTests extends WebhookReceiverHttpTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.REACTIVE;
	}

	@Override
	Class<?>[] configurations() {
		return new Class<?>[] { PostgresDataSource.class };
	}

	@Override
	Map<String, Object> storeProperties() {
		return Map.of("cocoonmail.webhooks.store", "jdbc", "cocoonmail.webhooks.jdbc.initialize-schema", "always",
				"cocoonmail.sends.jdbc.initialize-schema", "always", "cocoonmail.events.store", "memory");
	}

	@Test
	void receiptsAndSendsAreRowsInPostgres() throws Exception {
		assertThat(context().getBean(CocoonmailWebhookReceipts.class)).isInstanceOf(JdbcWebhookReceipts.class);
		assertThat(context().getBean(SendStore.class)).isInstanceOf(JdbcSendStore.class);
		JdbcClient jdbc = JdbcClient.create(context().getBean(DataSource.class));
		long before = jdbc.sql("SELECT COUNT(*) FROM COCOONMAIL_WEBHOOK_RECEIPT").query(Long.class).single();
		post(delivery("email.bounced", java.time.Instant.now().toString(), TOKEN));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM COCOONMAIL_WEBHOOK_RECEIPT").query(Long.class).single())
			.isEqualTo(before + 1);
	}

	@Configuration(proxyBeanMethods = false)
	static class PostgresDataSource {

		@Bean
		DataSource dataSource() {
			PostgresServer postgres = PostgresServer.shared();
			return postgres.dataSource(postgres.createUniqueDatabase("webhook_http"));
		}

	}

}
