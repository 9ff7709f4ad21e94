package com.cocoonmail.spring.autoconfigure;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event bridge with its outbox in a table on the application's {@link DataSource}
 * ({@code cocoonmail.events.store} {@code auto} or {@code jdbc}), and the initializer of
 * that table's schema.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ JdbcClient.class, DataSourceScriptDatabaseInitializer.class })
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional(OnJdbcOutboxCondition.class)
class JdbcOutboxConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	CocoonmailEventBridge cocoonmailEventBridge(CocoonmailOperations operations, CocoonmailProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<CocoonmailDeliveryListener> listener,
			DataSource dataSource) {
		CocoonmailProperties.Events events = properties.getEvents();
		CocoonmailProperties.Retry retry = properties.getRetry();
		return CocoonmailEventBridge.builder(operations, publisher)
			.jdbcStore(dataSource, events.getJdbc().getTablePrefix(), events.getLease())
			.shutdownTimeout(events.getShutdownTimeout())
			.dedupeWindow(events.getDedupeWindow())
			.retries(retry.getMaxAttempts(), retry.getMaxBackoff())
			.listener(listener.getIfAvailable(() -> CocoonmailDeliveryListener.NONE))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(name = "cocoonmailOutboxSchemaInitializer")
	CocoonmailSchemaInitializer cocoonmailOutboxSchemaInitializer(DataSource dataSource,
			CocoonmailProperties properties) {
		return new CocoonmailSchemaInitializer(dataSource, properties.getEvents().getJdbc(), "event");
	}

}
