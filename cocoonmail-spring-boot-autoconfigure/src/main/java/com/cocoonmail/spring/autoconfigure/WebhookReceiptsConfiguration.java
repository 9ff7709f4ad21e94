package com.cocoonmail.spring.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import com.cocoonmail.spring.webhook.CocoonmailWebhookReceipts;
import com.cocoonmail.spring.webhook.JdbcWebhookReceipts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where webhook receipts are kept: in the application's {@code DataSource} when there is
 * one (or {@code cocoonmail.webhooks.store=jdbc}), else in memory.
 *
 * @author Cocoonmail Team
 */
final class WebhookReceiptsConfiguration {

	static final int MAX_RECEIPTS_IN_MEMORY = 100_000;

	private WebhookReceiptsConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ JdbcClient.class, DataSourceScriptDatabaseInitializer.class })
	@ConditionalOnSingleCandidate(DataSource.class)
	@Conditional(OnJdbcWebhookStoreCondition.class)
	static class Jdbc {

		@Bean
		@ConditionalOnMissingBean
		WebhookReceiptsSchemaInitializer cocoonmailWebhookReceiptsSchemaInitializer(DataSource dataSource,
				CocoonmailProperties properties) {
			return new WebhookReceiptsSchemaInitializer(dataSource, properties.getWebhooks().getJdbc());
		}

		@Bean
		@ConditionalOnMissingBean
		@DependsOnDatabaseInitialization
		CocoonmailWebhookReceipts cocoonmailWebhookReceipts(DataSource dataSource, CocoonmailProperties properties) {
			return new JdbcWebhookReceipts(dataSource, properties.getWebhooks().getJdbc().getTablePrefix(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Memory {

		@Bean
		@ConditionalOnMissingBean
		CocoonmailWebhookReceipts cocoonmailWebhookReceipts(CocoonmailProperties properties) {
			if (properties.getWebhooks().getStore() == CocoonmailProperties.Webhooks.Store.JDBC) {
				throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.store", "jdbc",
						"needs a single DataSource bean and spring-jdbc on the classpath; "
								+ "use 'memory' or 'auto' without them");
			}
			return CocoonmailWebhookReceipts.inMemory(MAX_RECEIPTS_IN_MEMORY, Clock.systemUTC());
		}

	}

}
