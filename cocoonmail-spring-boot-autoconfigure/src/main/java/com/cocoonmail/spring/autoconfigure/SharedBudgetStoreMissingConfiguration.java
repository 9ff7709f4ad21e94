package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Fails start-up when {@code cocoonmail.rate-limit.store} names a store whose library is
 * not on the class path, instead of quietly pacing per JVM.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${cocoonmail.rate-limit.store:local}'.toLowerCase() != 'local'")
class SharedBudgetStoreMissingConfiguration {

	SharedBudgetStoreMissingConfiguration(CocoonmailProperties properties) {
		ClassLoader classLoader = getClass().getClassLoader();
		CocoonmailProperties.RateLimit.Store store = properties.getRateLimit().getStore();
		if (store == CocoonmailProperties.RateLimit.Store.REDIS && !ClassUtils
			.isPresent("org.springframework.data.redis.core.ReactiveStringRedisTemplate", classLoader)) {
			throw new InvalidConfigurationPropertyValueException("cocoonmail.rate-limit.store", "redis",
					"Spring Data Redis is not on the class path: add spring-boot-starter-data-redis-reactive");
		}
		if (store == CocoonmailProperties.RateLimit.Store.JDBC
				&& !ClassUtils.isPresent("org.springframework.jdbc.core.simple.JdbcClient", classLoader)) {
			throw new InvalidConfigurationPropertyValueException("cocoonmail.rate-limit.store", "jdbc",
					"Spring JDBC is not on the class path: add spring-boot-starter-jdbc");
		}
	}

}
