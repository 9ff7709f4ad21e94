package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.RateLimitState;
import com.cocoonmail.spring.health.CocoonmailHealthIndicator;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;
import com.cocoonmail.spring.ratelimit.SharedBudgetState;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * Longest wait for a health probe's answer, so that a hung Cocoonmail cannot hold a
	 * health request for the whole read timeout.
	 */
	private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(10);

	@Bean
	@ConditionalOnMissingBean(name = { "cocoonmailHealthIndicator", "cocoonmailHealthContributor" })
	CocoonmailHealthIndicator cocoonmailHealthIndicator(CocoonmailOperations operations,
			ObjectProvider<CocoonmailClient> client, ObjectProvider<CocoonmailRequestPacer> pacer,
			CocoonmailConnectionDetails connectionDetails, CocoonmailProperties properties) {
		Duration probeTimeout = (properties.getReadTimeout().compareTo(MAX_PROBE_TIMEOUT) < 0)
				? properties.getReadTimeout() : MAX_PROBE_TIMEOUT;
		CocoonmailClient stateSource = client.getIfAvailable();
		Supplier<RateLimitState> rateLimitState = (stateSource != null) ? stateSource::rateLimitState
				: () -> RateLimitState.UNKNOWN;
		Supplier<@Nullable SharedBudgetState> sharedBudgetState = (pacer
			.getIfUnique() instanceof SharedBudgetPacer shared) ? shared::state : () -> null;
		return new CocoonmailHealthIndicator(operations, rateLimitState, sharedBudgetState,
				connectionDetails.getBaseUrl(), properties.getHealth().getCacheTimeToLive(), probeTimeout);
	}

}
