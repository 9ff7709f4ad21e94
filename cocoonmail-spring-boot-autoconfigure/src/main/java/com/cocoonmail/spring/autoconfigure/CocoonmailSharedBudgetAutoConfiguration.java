package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the request budget shared by
 * every instance, through Redis or the application's {@code DataSource}, when
 * {@code cocoonmail.rate-limit.store} says so. It defines the
 * {@code CocoonmailRequestPacer}, so that {@link CocoonmailAutoConfiguration}'s local one
 * backs off.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@AutoConfiguration(before = CocoonmailAutoConfiguration.class,
		afterName = { "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@Conditional(OnCocoonmailApiKeyCondition.class)
@ConditionalOnBooleanProperty(name = "cocoonmail.rate-limit.enabled", matchIfMissing = true)
@Import({ RedisSharedBudgetConfiguration.class, JdbcSharedBudgetConfiguration.class,
		SharedBudgetStoreMissingConfiguration.class })
public final class CocoonmailSharedBudgetAutoConfiguration {

}
