package com.cocoonmail.spring.autoconfigure;

import java.time.Clock;

import com.cocoonmail.spring.webhook.CocoonmailWebhookReceipts;
import com.cocoonmail.spring.webhook.CocoonmailWebhookReceiver;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the receiver of Cocoonmail's
 * webhooks, switched on by {@code cocoonmail.webhooks.enabled} and independent of
 * {@code cocoonmail.api-key}.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBooleanProperty("cocoonmail.webhooks.enabled")
@EnableConfigurationProperties(CocoonmailProperties.class)
@Import({ WebhookReceiptsConfiguration.Jdbc.class, WebhookReceiptsConfiguration.Memory.class,
		WebhookRoutesConfiguration.Reactive.class, WebhookRoutesConfiguration.Servlet.class,
		CocoonmailSanitizingConfiguration.class })
public final class CocoonmailWebhookAutoConfiguration {

	CocoonmailWebhookAutoConfiguration(CocoonmailProperties properties) {
		WebhookPropertiesValidator.validate(properties.getWebhooks());
	}

	@Bean
	@ConditionalOnMissingBean
	CocoonmailWebhookReceiver cocoonmailWebhookReceiver(CocoonmailProperties properties,
			CocoonmailWebhookReceipts receipts, ApplicationEventPublisher publisher) {
		CocoonmailProperties.Webhooks webhooks = properties.getWebhooks();
		return CocoonmailWebhookReceiver.builder()
			.authorization(webhooks.getAuthorization())
			.tolerance(webhooks.getTolerance())
			.maxBodySize((int) webhooks.getMaxBodySize().toBytes())
			.receipts(receipts)
			.publisher(publisher)
			.clock(Clock.systemUTC())
			.build();
	}

}
