package com.cocoonmail.spring.delivery;

import com.cocoonmail.emulator.InMemoryCocoonmail;
import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailProperties;
import com.cocoonmail.spring.autoconfigure.CocoonmailWebClientCustomizer;
import com.cocoonmail.spring.event.CocoonmailEventBridge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@code cocoonmail.delivery.*}:
 * in {@code log} and {@code capture} mode the client's {@link WebClient} answers from
 * memory instead of the network (capture keeps the requests in the
 * {@link CocoonmailRecorder} bean), and every mode applies the recipient allow-list and
 * redirect.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@AutoConfiguration(before = CocoonmailAutoConfiguration.class)
@ConditionalOnClass(WebClient.class)
@EnableConfigurationProperties(CocoonmailProperties.class)
public final class CocoonmailDeliveryAutoConfiguration {

	/**
	 * How many requests the log mode keeps answering lookups for.
	 */
	private static final int LOG_MODE_KEPT = 1000;

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "cocoonmail.delivery.mode", havingValue = "capture")
	CocoonmailRecorder cocoonmailRecorder(ObjectProvider<CocoonmailEventBridge> bridges) {
		return new CocoonmailRecorder(bridges);
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CocoonmailWebClientCustomizer cocoonmailDeliveryWebClientCustomizer(CocoonmailProperties properties,
			ObjectProvider<CocoonmailRecorder> recorder) {
		CocoonmailProperties.Delivery delivery = properties.getDelivery();
		RecipientPolicy policy = new RecipientPolicy(delivery.getAllowedRecipients(), delivery.getRedirectTo());
		return (builder) -> {
			if (policy.isActive()) {
				builder.filter(policy);
			}
			switch (delivery.getMode()) {
				case CAPTURE -> builder.exchangeFunction(recorder.getObject().exchangeFunction());
				case LOG -> builder.exchangeFunction(new InMemoryExchange(new InMemoryCocoonmail(LOG_MODE_KEPT), true));
				case LIVE -> {
				}
			}
		};
	}

}
