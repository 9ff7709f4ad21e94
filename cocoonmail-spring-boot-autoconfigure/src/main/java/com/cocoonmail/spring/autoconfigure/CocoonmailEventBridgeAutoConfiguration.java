package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import com.cocoonmail.spring.event.CocoonmailOutbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cocoonmail
 * {@link CocoonmailEventBridge event bridge}, switched off with
 * {@code cocoonmail.events.enabled=false}. Its outbox is a table on the application's
 * {@code DataSource} when there is one, else memory ({@code cocoonmail.events.store}).
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@AutoConfiguration(after = CocoonmailAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(CocoonmailOperations.class)
@ConditionalOnBooleanProperty(name = "cocoonmail.events.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CocoonmailProperties.class)
@Import({ JdbcOutboxConfiguration.class, MemoryOutboxConfiguration.class })
public final class CocoonmailEventBridgeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CocoonmailOutbox cocoonmailOutbox(CocoonmailEventBridge bridge) {
		return bridge.outbox();
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

		@Bean
		MeterBinder cocoonmailOutboxMetrics(ObjectProvider<CocoonmailOutbox> outbox) {
			return (registry) -> Gauge
				.builder(MicrometerCocoonmailDeliveryListener.PENDING, outbox,
						(provider) -> pending(provider.getIfAvailable()))
				.description("Requests the event bridge has not had answered yet")
				.register(registry);
		}

		private static double pending(@Nullable CocoonmailOutbox outbox) {
			try {
				return (outbox != null) ? outbox.pending() : Double.NaN;
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}

	}

}
