package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records pacing metrics when Micrometer is present.
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

}
