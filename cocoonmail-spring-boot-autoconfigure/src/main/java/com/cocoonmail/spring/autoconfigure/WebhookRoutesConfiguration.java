package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.webhook.CocoonmailWebhookReceiver;
import com.cocoonmail.spring.webhook.WebFluxWebhookRoutes;
import com.cocoonmail.spring.webhook.WebMvcWebhookRoutes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the webhook receiver on {@code POST cocoonmail.webhooks.path}, in a WebFlux or a
 * servlet application.
 *
 * @author Cocoonmail Team
 */
final class WebhookRoutesConfiguration {

	private WebhookRoutesConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
	static class Reactive {

		@Bean
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> cocoonmailWebhookRoutes(
				CocoonmailProperties properties, CocoonmailWebhookReceiver receiver) {
			return WebFluxWebhookRoutes.create(properties.getWebhooks().getPath(), receiver);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
	static class Servlet {

		@Bean
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> cocoonmailWebhookRoutes(
				CocoonmailProperties properties, CocoonmailWebhookReceiver receiver) {
			return WebMvcWebhookRoutes.create(properties.getWebhooks().getPath(), receiver);
		}

	}

}
