package com.cocoonmail.spring.test;

import com.cocoonmail.spring.delivery.CocoonmailRecorder;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test method, waits for the event bridge to finish what earlier tests
 * published and then clears the {@link CocoonmailRecorder}, so that a cached context does
 * not carry one test's mails into the next.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailRecorderResetTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 2100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(CocoonmailRecorder.class).ifAvailable((recorder) -> {
			recorder.flush();
			recorder.clear();
		});
	}

}
