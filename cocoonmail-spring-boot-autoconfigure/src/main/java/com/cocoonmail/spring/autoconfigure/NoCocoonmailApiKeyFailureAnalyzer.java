package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a missing {@link CocoonmailOperations} bean: the auto-configuration is off
 * because {@code cocoonmail.api-key} is not set.
 *
 * @author Cocoonmail Team
 */
class NoCocoonmailApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	static final String DESCRIPTION = "A component required a bean of type 'CocoonmailOperations' that could not "
			+ "be found: the Cocoonmail auto-configuration is off because 'cocoonmail.api-key' is not set.";

	static final String ACTION = "Set 'cocoonmail.api-key' to your Cocoonmail API key, for example in "
			+ "application.yml as 'cocoonmail.api-key: ${COCOONMAIL_API_KEY}' with the COCOONMAIL_API_KEY "
			+ "environment variable set, or define your own CocoonmailOperations bean.";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> beanType = cause.getBeanType();
		if (beanType == null || !CocoonmailOperations.class.isAssignableFrom(beanType)) {
			return null;
		}
		return new FailureAnalysis(DESCRIPTION, ACTION, cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
