package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.ratelimit.RedisBudgetStore;
import com.cocoonmail.spring.ratelimit.SharedBudgetListener;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The shared budget in Redis, through Boot's {@code ReactiveStringRedisTemplate}
 * ({@code spring.data.redis.*}).
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ReactiveStringRedisTemplate.class)
@ConditionalOnProperty(name = "cocoonmail.rate-limit.store", havingValue = "redis")
class RedisSharedBudgetConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CocoonmailRequestPacer cocoonmailRequestPacer(CocoonmailProperties properties,
			CocoonmailConnectionDetails connectionDetails, ObjectProvider<ReactiveStringRedisTemplate> redis,
			ObjectProvider<CocoonmailPacingListener> pacingListener,
			ObjectProvider<SharedBudgetListener> budgetListener) {
		ReactiveStringRedisTemplate template = redis.getIfAvailable();
		if (template == null) {
			throw new InvalidConfigurationPropertyValueException("cocoonmail.rate-limit.store", "redis",
					"There is no ReactiveStringRedisTemplate: add spring-boot-starter-data-redis-reactive and set spring.data.redis.*");
		}
		RedisBudgetStore store = new RedisBudgetStore(template, SharedBudgetPacers.key(properties, connectionDetails),
				properties.getRateLimit().getRequestsPerSecond(), SharedBudgetPacer.WINDOW);
		return SharedBudgetPacers.pacer(store, properties, pacingListener, budgetListener);
	}

}
