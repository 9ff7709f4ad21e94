package com.cocoonmail.spring.autoconfigure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Keeps each starting context's {@link ConditionEvaluationReport} for
 * {@link NoCocoonmailApiKeyFailureAnalyzer}: a context that fails to start destroys its
 * singletons, the report among them, before the failure is analyzed. The entry is removed
 * when the context closes.
 *
 * @author Cocoonmail Team
 */
class CocoonmailConditionReports implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Map<BeanFactory, ConditionEvaluationReport> reports = new ConcurrentHashMap<>();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		BeanFactory beanFactory = context.getBeanFactory();
		reports.put(beanFactory, ConditionEvaluationReport.get(context.getBeanFactory()));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				reports.remove(beanFactory);
			}
		});
	}

	static @Nullable ConditionEvaluationReport of(BeanFactory beanFactory) {
		return reports.get(beanFactory);
	}

}
