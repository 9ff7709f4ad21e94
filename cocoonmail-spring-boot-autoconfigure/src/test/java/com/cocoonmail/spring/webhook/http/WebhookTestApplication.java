package com.cocoonmail.spring.webhook.http;

import com.cocoonmail.spring.webhook.RecordedWebhooks;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with nothing but the receiver and a recorder of its events.
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

}
