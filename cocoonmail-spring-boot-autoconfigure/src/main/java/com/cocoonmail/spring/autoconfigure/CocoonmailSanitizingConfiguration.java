package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masks the API key and the accepted webhook Authorization values in the
 * {@code configprops} and {@code env} actuator endpoints, even with
 * {@code show-values=always}.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class CocoonmailSanitizingConfiguration {

	@Bean
	SanitizingFunction cocoonmailApiKeySanitizingFunction() {
		return CocoonmailSanitizingConfiguration::sanitizeApiKey;
	}

	static SanitizableData sanitizeApiKey(SanitizableData data) {
		String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
		boolean secret = key.endsWith("cocoonmailapikey") || key.matches(".*cocoonmailwebhooksauthorization\\d*");
		return secret ? data.withSanitizedValue() : data;
	}

}
