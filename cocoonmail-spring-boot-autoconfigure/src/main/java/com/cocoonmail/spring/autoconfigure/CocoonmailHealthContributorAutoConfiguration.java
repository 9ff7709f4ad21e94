package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.health.CocoonmailHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code cocoonmail} health
 * contributor.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@AutoConfiguration(after = CocoonmailAutoConfiguration.class)
@ConditionalOnClass(AbstractReactiveHealthIndicator.class)
@ConditionalOnBean({ CocoonmailOperations.class, CocoonmailConnectionDetails.class })
@ConditionalOnEnabledHealthIndicator("cocoonmail")
public final class CocoonmailHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "cocoonmailHealthIndicator")
	CocoonmailHealthIndicator cocoonmailHealthIndicator(CocoonmailOperations operations,
			CocoonmailConnectionDetails connectionDetails, CocoonmailProperties properties) {
		return new CocoonmailHealthIndicator(operations, connectionDetails.getBaseUrl(),
				properties.getHealth().getCacheTimeToLive(), properties.getReadTimeout());
	}

}
