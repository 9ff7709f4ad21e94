package com.cocoonmail.spring.autoconfigure;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.ratelimit.JdbcBudgetStore;
import com.cocoonmail.spring.ratelimit.SharedBudgetListener;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared budget in the application's {@code DataSource}, its tables created per
 * {@code cocoonmail.rate-limit.jdbc.initialize-schema}.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ JdbcClient.class, DataSource.class })
@ConditionalOnProperty(name = "cocoonmail.rate-limit.store", havingValue = "jdbc")
class JdbcSharedBudgetConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CocoonmailRequestPacer cocoonmailRequestPacer(CocoonmailProperties properties,
			CocoonmailConnectionDetails connectionDetails, ObjectProvider<DataSource> dataSource,
			ObjectProvider<CocoonmailPacingListener> pacingListener,
			ObjectProvider<SharedBudgetListener> budgetListener) {
		DataSource database = dataSource.getIfUnique();
		if (database == null) {
			throw new InvalidConfigurationPropertyValueException("cocoonmail.rate-limit.store", "jdbc",
					"There is no single DataSource: add spring-boot-starter-jdbc and configure spring.datasource.*");
		}
		CocoonmailProperties.Jdbc jdbc = properties.getRateLimit().getJdbc();
		RateLimitSchema.initialize(database, jdbc);
		JdbcBudgetStore store = new JdbcBudgetStore(database, jdbc.getTablePrefix(),
				SharedBudgetPacers.key(properties, connectionDetails), properties.getRateLimit().getRequestsPerSecond(),
				SharedBudgetPacer.WINDOW);
		return SharedBudgetPacers.pacer(store, properties, pacingListener, budgetListener);
	}

}
