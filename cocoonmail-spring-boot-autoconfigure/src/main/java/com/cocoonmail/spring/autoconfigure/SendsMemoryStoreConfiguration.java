package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.sends.MemorySendStore;
import com.cocoonmail.spring.sends.SendStore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps sends in memory when no other store was configured; fails start-up when
 * {@code cocoonmail.sends.store=jdbc} but there is no database to use.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
class SendsMemoryStoreConfiguration {

	@Bean
	@ConditionalOnMissingBean(SendStore.class)
	MemorySendStore cocoonmailSendStore(CocoonmailProperties properties) {
		if (properties.getSends().getStore() == CocoonmailProperties.Sends.Store.JDBC) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.sends.store", "jdbc",
					"needs a DataSource bean and spring-jdbc on the class path; add them or use 'memory'");
		}
		return new MemorySendStore();
	}

}
