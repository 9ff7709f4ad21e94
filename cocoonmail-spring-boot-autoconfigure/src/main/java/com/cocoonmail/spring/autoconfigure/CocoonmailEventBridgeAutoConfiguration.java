package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cocoonmail
 * {@link CocoonmailEventBridge event bridge}, switched off with
 * {@code cocoonmail.events.enabled=false}.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@AutoConfiguration(after = CocoonmailAutoConfiguration.class)
@ConditionalOnBean(CocoonmailOperations.class)
@ConditionalOnBooleanProperty(name = "cocoonmail.events.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CocoonmailProperties.class)
public final class CocoonmailEventBridgeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CocoonmailEventBridge cocoonmailEventBridge(CocoonmailOperations operations, CocoonmailProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<CocoonmailDeliveryListener> listener) {
		CocoonmailProperties.Events events = properties.getEvents();
		return new CocoonmailEventBridge(operations, publisher, events.getQueueCapacity(), events.getShutdownTimeout(),
				listener.getIfAvailable(() -> CocoonmailDeliveryListener.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CocoonmailDeliveryListener cocoonmailDeliveryListener(ObjectProvider<MeterRegistry> meterRegistry) {
			MeterRegistry registry = meterRegistry.getIfAvailable();
			return (registry != null) ? new MicrometerCocoonmailDeliveryListener(registry)
					: CocoonmailDeliveryListener.NONE;
		}

	}

}
