package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport.ConditionAndOutcomes;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a missing {@link CocoonmailOperations} bean. Boot's condition report says why
 * the auto-configuration is off: usually {@code cocoonmail.api-key} is not set, but it
 * may also be excluded or miss a class; only the first case blames the key.
 *
 * @author Cocoonmail Team
 */
class NoCocoonmailApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	static final String DESCRIPTION = "A component required a bean of type 'CocoonmailOperations' that could not "
			+ "be found: the Cocoonmail auto-configuration is off because 'cocoonmail.api-key' is not set.";

	static final String ACTION = "Set 'cocoonmail.api-key' to your Cocoonmail API key, for example in "
			+ "application.yml as 'cocoonmail.api-key: ${COCOONMAIL_API_KEY:}' with the COCOONMAIL_API_KEY "
			+ "environment variable set (the trailing ':' lets the application start without Cocoonmail when it "
			+ "is unset), or define your own CocoonmailOperations bean.";

	private static final String AUTO_CONFIGURATION = CocoonmailAutoConfiguration.class.getName();

	private final @Nullable ConditionEvaluationReport report;

	NoCocoonmailApiKeyFailureAnalyzer(@Nullable BeanFactory beanFactory) {
		// The failed context has destroyed its own copy; see CocoonmailConditionReports
		this.report = (beanFactory != null) ? CocoonmailConditionReports.of(beanFactory) : null;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> beanType = cause.getBeanType();
		if (beanType == null || !CocoonmailOperations.class.isAssignableFrom(beanType)) {
			return null;
		}
		if (this.report == null) {
			return new FailureAnalysis(DESCRIPTION, ACTION, cause);
		}
		if (this.report.getExclusions().contains(AUTO_CONFIGURATION)) {
			return new FailureAnalysis(
					"A component required a bean of type 'CocoonmailOperations' that could not be found: "
							+ "the Cocoonmail auto-configuration is excluded.",
					"Remove CocoonmailAutoConfiguration from the excluded auto-configurations "
							+ "(spring.autoconfigure.exclude or @SpringBootApplication(exclude = ...)), "
							+ "or define your own CocoonmailOperations bean.",
					cause);
		}
		ConditionAndOutcomes outcomes = this.report.getConditionAndOutcomesBySource().get(AUTO_CONFIGURATION);
		ConditionAndOutcome failed = (outcomes != null) ? firstFailed(outcomes) : null;
		if (failed == null || failed.getCondition() instanceof OnCocoonmailApiKeyCondition) {
			return new FailureAnalysis(DESCRIPTION, ACTION, cause);
		}
		return new FailureAnalysis(
				"A component required a bean of type 'CocoonmailOperations' that could not be found: "
						+ "the Cocoonmail auto-configuration did not match: " + failed.getOutcome().getMessage() + ".",
				"Depend on cocoonmail-spring-boot-starter, which brings everything the client needs "
						+ "(spring-boot-starter-webclient), or define your own CocoonmailOperations bean.",
				cause);
	}

	private static @Nullable ConditionAndOutcome firstFailed(ConditionAndOutcomes outcomes) {
		for (ConditionAndOutcome outcome : outcomes) {
			if (!outcome.getOutcome().isMatch()) {
				return outcome;
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
