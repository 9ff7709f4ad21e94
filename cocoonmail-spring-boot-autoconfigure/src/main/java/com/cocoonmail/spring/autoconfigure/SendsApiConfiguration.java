package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.sends.CocoonmailSends;
import com.cocoonmail.spring.sends.SendsHttpApi;
import com.cocoonmail.spring.sends.SendsWebFluxRoutes;
import com.cocoonmail.spring.sends.SendsWebMvcRoutes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the sends HTTP API when {@code cocoonmail.sends.api.enabled=true}: on WebFlux
 * and on servlet (Spring MVC) applications alike. Start-up fails when no token is set.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cocoonmail.sends.api.enabled")
class SendsApiConfiguration {

	@Bean
	SendsHttpApi cocoonmailSendsHttpApi(CocoonmailSends sends, CocoonmailProperties properties) {
		String token = properties.getSends().getApi().getToken();
		if (token == null || token.isBlank()) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.sends.api.token", "",
					"is required when cocoonmail.sends.api.enabled=true: set the token clients must send as "
							+ "'Authorization: Bearer <token>'");
		}
		return new SendsHttpApi(sends, token);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
	static class ReactiveSendsApiConfiguration {

		@Bean
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> cocoonmailSendsRoutes(
				SendsHttpApi api, CocoonmailProperties properties) {
			return SendsWebFluxRoutes.of(api, properties.getSends().getApi().getPath());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
	static class ServletSendsApiConfiguration {

		@Bean
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> cocoonmailSendsRoutes(
				SendsHttpApi api, CocoonmailProperties properties) {
			return SendsWebMvcRoutes.of(api, properties.getSends().getApi().getPath());
		}

	}

}
