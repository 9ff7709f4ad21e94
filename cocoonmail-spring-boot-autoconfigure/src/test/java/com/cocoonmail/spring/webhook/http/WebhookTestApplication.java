package com.cocoonmail.spring.webhook.http;

import com.cocoonmail.spring.webhook.RecordedWebhooks;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * An application with the receiver, a recorder of its events and, on either web stack, a
 * filter counting the body bytes read.
 *
 * @author Cocoonmail Team
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class WebhookTestApplication {

	@Bean
	RecordedWebhooks recordedWebhooks() {
		return new RecordedWebhooks();
	}

	@Bean
	BodyBytesRead bodyBytesRead() {
		return new BodyBytesRead();
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	CountingWebFilter countingWebFilter(BodyBytesRead read) {
		return new CountingWebFilter(read);
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	CountingServletFilter countingServletFilter(BodyBytesRead read) {
		return new CountingServletFilter(read);
	}

}
