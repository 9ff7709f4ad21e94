package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code cocoonmail.api-key} is set to a non-blank value, so that an empty
 * {@code ${COCOONMAIL_API_KEY:}} leaves the auto-configuration off.
 *
 * @author Cocoonmail Team
 */
class OnCocoonmailApiKeyCondition extends SpringBootCondition {

	static final String PROPERTY = "cocoonmail.api-key";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String apiKey = context.getEnvironment().getProperty(PROPERTY);
		if (StringUtils.hasText(apiKey)) {
			return ConditionOutcome.match(PROPERTY + " is set");
		}
		return ConditionOutcome.noMatch(PROPERTY + " is not set");
	}

}
