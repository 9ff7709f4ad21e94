package com.cocoonmail.spring.webhook.http;

import org.springframework.boot.WebApplicationType;

/**
 * The receiver on Spring MVC (Tomcat), receipts and sends in memory.
 *
 * @author Cocoonmail Team
 */
class WebMvcWebhookReceiverTests extends WebhookReceiverHttpTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.SERVLET;
	}

}
