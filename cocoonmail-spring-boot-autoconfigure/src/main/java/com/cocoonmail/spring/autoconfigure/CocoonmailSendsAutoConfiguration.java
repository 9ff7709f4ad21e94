package com.cocoonmail.spring.autoconfigure;

import java.time.Clock;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.sends.CocoonmailSends;
import com.cocoonmail.spring.sends.SendStore;
import com.cocoonmail.spring.sends.SendsLedgerListener;
import com.cocoonmail.spring.sends.SendsRetention;
import com.cocoonmail.spring.sends.SendsWebhookListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the sends ledger: every mail
 * sent through the client becomes one send per recipient, kept in memory or in the
 * application's database, enriched by webhooks and purged after
 * {@code cocoonmail.sends.retention}. Switched off with
 * {@code cocoonmail.sends.enabled=false}.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@AutoConfiguration(after = CocoonmailAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(CocoonmailOperations.class)
@ConditionalOnBooleanProperty(name = "cocoonmail.sends.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CocoonmailProperties.class)
@Import({ SendsJdbcStoreConfiguration.class, SendsMemoryStoreConfiguration.class, SendsApiConfiguration.class })
public final class CocoonmailSendsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SendsLedgerListener cocoonmailSendsLedgerListener(SendStore store, ObjectProvider<Clock> clock) {
		return new SendsLedgerListener(store, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	CocoonmailSends cocoonmailSends(SendStore store, CocoonmailOperations operations, ObjectProvider<Clock> clock) {
		return new CocoonmailSends(store, operations, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	SendsWebhookListener cocoonmailSendsWebhookListener(SendStore store, ObjectProvider<Clock> clock) {
		return new SendsWebhookListener(store, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	SendsRetention cocoonmailSendsRetention(CocoonmailSends sends, CocoonmailProperties properties) {
		return new SendsRetention(sends, properties.getSends().getRetention());
	}

}
