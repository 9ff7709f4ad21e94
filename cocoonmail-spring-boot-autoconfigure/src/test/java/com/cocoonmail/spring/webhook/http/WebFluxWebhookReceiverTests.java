package com.cocoonmail.spring.webhook.http;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receiver on WebFlux (Reactor Netty), receipts in memory.
 *
 * @author Cocoonmail Team
 */
class WebFluxWebhookReceiverTests extends WebhookReceiverHttpTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.REACTIVE;
	}

	@Override
	Class<?> countingConfiguration() {
		return Counting.class;
	}

	@Configuration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		CountingWebFilter countingWebFilter(BodyBytesRead read) {
			return new CountingWebFilter(read);
		}

	}

}
