package com.cocoonmail.spring.autoconfigure;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Masks the API key in the {@code configprops} and {@code env} actuator endpoints, even
 * with {@code show-values=always}: under {@code cocoonmail.api-key} (and its relaxed
 * forms), and under any other property whose value holds the key, such as
 * {@code acme.mail-token} with {@code cocoonmail.api-key=${acme.mail-token}}.
 *
 * @author Cocoonmail Team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class CocoonmailSanitizingConfiguration {

	/**
	 * Keys shorter than this are masked only where a value equals them, so that a short
	 * test key does not mask every value that happens to contain it.
	 */
	private static final int MIN_CONTAINED_KEY_LENGTH = 8;

	@Bean
	SanitizingFunction cocoonmailApiKeySanitizingFunction(Environment environment,
			ObjectProvider<CocoonmailConnectionDetails> connectionDetails) {
		return (data) -> sanitize(data, () -> apiKey(environment, connectionDetails));
	}

	private static @Nullable String apiKey(Environment environment,
			ObjectProvider<CocoonmailConnectionDetails> connectionDetails) {
		try {
			CocoonmailConnectionDetails details = connectionDetails.getIfAvailable();
			return (details != null) ? details.getApiKey()
					: environment.getProperty(OnCocoonmailApiKeyCondition.PROPERTY);
		}
		catch (RuntimeException ex) {
			// No resolvable key: nothing beyond the property names to mask
			return null;
		}
	}

	static SanitizableData sanitize(SanitizableData data, Supplier<@Nullable String> apiKey) {
		String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
		if (key.endsWith("cocoonmailapikey")) {
			return data.withSanitizedValue();
		}
		Object value = data.getValue();
		if (value == null) {
			return data;
		}
		String secret = apiKey.get();
		return (secret != null && holds(value.toString(), secret)) ? data.withSanitizedValue() : data;
	}

	private static boolean holds(String value, String secret) {
		if (secret.isBlank()) {
			return false;
		}
		return (secret.length() >= MIN_CONTAINED_KEY_LENGTH) ? value.contains(secret) : value.equals(secret);
	}

}
