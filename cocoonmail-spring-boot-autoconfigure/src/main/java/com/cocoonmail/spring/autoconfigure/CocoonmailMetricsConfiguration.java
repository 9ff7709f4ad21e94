package com.cocoonmail.spring.autoconfigure;

import java.util.Locale;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.ratelimit.SharedBudgetListener;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records pacing and shared-budget metrics when Micrometer is present.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class CocoonmailMetricsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CocoonmailPacingListener cocoonmailPacingListener(ObjectProvider<MeterRegistry> meterRegistry) {
		MeterRegistry registry = meterRegistry.getIfAvailable();
		return (registry != null) ? new MicrometerCocoonmailPacingListener(registry) : CocoonmailPacingListener.NONE;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnExpression("'${cocoonmail.rate-limit.store:local}'.toLowerCase() != 'local'")
	SharedBudgetListener cocoonmailSharedBudgetListener(ObjectProvider<MeterRegistry> meterRegistry,
			CocoonmailProperties properties) {
		MeterRegistry registry = meterRegistry.getIfAvailable();
		String store = properties.getRateLimit().getStore().name().toLowerCase(Locale.ROOT);
		return (registry != null) ? new MicrometerSharedBudgetListener(registry, store) : SharedBudgetListener.NONE;
	}

}
