package com.cocoonmail.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.PlaceholderResolutionException;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code cocoonmail.api-key} is set to a non-blank value, so that an empty
 * {@code ${COCOONMAIL_API_KEY:}} leaves the auto-configuration off. A placeholder without
 * a default whose variable is unset fails with
 * {@link UnresolvableCocoonmailApiKeyException}.
 *
 * @author Cocoonmail Team
 */
class OnCocoonmailApiKeyCondition extends SpringBootCondition {

	static final String PROPERTY = "cocoonmail.api-key";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String apiKey = apiKey(context.getEnvironment());
		if (StringUtils.hasText(apiKey)) {
			return ConditionOutcome.match(PROPERTY + " is set");
		}
		return ConditionOutcome.noMatch(PROPERTY + " is not set");
	}

	static @Nullable String apiKey(Environment environment) {
		try {
			return environment.getProperty(PROPERTY);
		}
		catch (PlaceholderResolutionException ex) {
			// Neither the message nor the cause is kept: both quote the raw value
			throw new UnresolvableCocoonmailApiKeyException(ex.getPlaceholder());
		}
	}

}
