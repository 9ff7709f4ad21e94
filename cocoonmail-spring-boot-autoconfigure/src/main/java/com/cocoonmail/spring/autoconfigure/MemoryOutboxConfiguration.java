package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event bridge with its queue in memory, when no JDBC outbox was configured. With
 * {@code cocoonmail.events.store=auto} it warns that queued requests do not survive a
 * restart; with {@code jdbc} it fails, as there is no {@code DataSource} to use.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
class MemoryOutboxConfiguration {

	private static final Log logger = LogFactory.getLog(CocoonmailEventBridge.class);

	@Bean
	@ConditionalOnMissingBean
	CocoonmailEventBridge cocoonmailEventBridge(CocoonmailOperations operations, CocoonmailProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<CocoonmailDeliveryListener> listener) {
		CocoonmailProperties.Events events = properties.getEvents();
		if (events.getStore() == CocoonmailProperties.Events.Store.JDBC) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.events.store", "jdbc",
					"it needs exactly one DataSource bean and Spring JDBC (spring-boot-starter-jdbc) on the class path");
		}
		if (events.getStore() == CocoonmailProperties.Events.Store.AUTO) {
			logger.warn("Cocoonmail event bridge keeps its queue in memory: queued requests do not survive a restart "
					+ "(add a DataSource and spring-boot-starter-jdbc for a durable outbox, or set "
					+ "cocoonmail.events.store=memory to accept this)");
		}
		return CocoonmailEventBridge.builder(operations, publisher)
			.memoryStore(events.getQueueCapacity())
			.shutdownTimeout(events.getShutdownTimeout())
			.dedupeWindow(events.getDedupeWindow())
			.listener(listener.getIfAvailable(() -> CocoonmailDeliveryListener.NONE))
			.build();
	}

}
