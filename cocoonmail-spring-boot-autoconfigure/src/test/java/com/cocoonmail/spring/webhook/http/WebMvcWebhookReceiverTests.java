package com.cocoonmail.spring.webhook.http;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receiver on Spring MVC (Tomcat), receipts in memory.
 *
 * @author Cocoonmail Team
 */
class WebMvcWebhookReceiverTests extends WebhookReceiverHttpTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.SERVLET;
	}

	@Override
	Class<?> countingConfiguration() {
		return Counting.class;
	}

	@Configuration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		CountingServletFilter countingServletFilter(BodyBytesRead read) {
			return new CountingServletFilter(read);
		}

	}

}
