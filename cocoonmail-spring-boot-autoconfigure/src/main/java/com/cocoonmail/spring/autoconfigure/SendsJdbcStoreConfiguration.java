package com.cocoonmail.spring.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import com.cocoonmail.spring.sends.JdbcSendStore;
import com.cocoonmail.spring.sends.SendStore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps sends in the application's database when it has one and
 * {@code cocoonmail.sends.store} is {@code auto} or {@code jdbc}, creating the table as
 * {@code cocoonmail.sends.jdbc.initialize-schema} says.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ JdbcClient.class, DataSourceScriptDatabaseInitializer.class })
@ConditionalOnBean(DataSource.class)
@Conditional(OnSendsJdbcStoreCondition.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
class SendsJdbcStoreConfiguration {

	private static final String SCHEMA_LOCATION = "classpath:com/cocoonmail/spring/sends/schema-@@platform@@.sql";

	@Bean
	@ConditionalOnMissingBean(SendStore.class)
	@DependsOnDatabaseInitialization
	JdbcSendStore cocoonmailSendStore(DataSource dataSource, CocoonmailProperties properties) {
		return new JdbcSendStore(dataSource, properties.getSends().getJdbc().getTablePrefix());
	}

	@Bean
	@ConditionalOnMissingBean(name = "cocoonmailSendsSchemaInitializer")
	PrefixedSchemaInitializer cocoonmailSendsSchemaInitializer(DataSource dataSource, CocoonmailProperties properties) {
		CocoonmailProperties.Jdbc jdbc = properties.getSends().getJdbc();
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		List<String> locations = new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource,
				SCHEMA_LOCATION);
		settings.setSchemaLocations(locations);
		settings.setMode(jdbc.getInitializeSchema());
		return new PrefixedSchemaInitializer(dataSource, settings, jdbc.getTablePrefix());
	}

}
