package com.cocoonmail.spring.webhook.http;

import org.springframework.boot.WebApplicationType;

/**
 * The receiver on WebFlux (Reactor Netty), receipts and sends in memory.
 *
 * @author Cocoonmail Team
 */
class WebFluxWebhookReceiverTests extends WebhookReceiverHttpTests {

	@Override
	WebApplicationType webApplicationType() {
		return WebApplicationType.REACTIVE;
	}

}
