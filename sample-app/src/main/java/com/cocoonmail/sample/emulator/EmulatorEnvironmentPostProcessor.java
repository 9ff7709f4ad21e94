package com.cocoonmail.sample.emulator;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a {@link CocoonmailEmulator} and points the starter at it when no
 * {@code cocoonmail.api-key} is configured, so the sample runs without an account.
 *
 * @author Cocoonmail Team
 */
class EmulatorEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "cocoonmailEmulator";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("cocoonmail.api-key"))
				|| !environment.getProperty("sample.emulator.enabled", Boolean.class, true)) {
			return;
		}
		CocoonmailEmulator emulator = CocoonmailEmulator.start();
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("cocoonmail.api-key", CocoonmailEmulator.API_KEY,
					"cocoonmail.base-url", emulator.baseUrl(), "sample.emulator.base-url", emulator.baseUrl())));
		application.addInitializers((context) -> {
			context.getBeanFactory().registerSingleton("cocoonmailEmulator", emulator);
			context.getBeanFactory().registerSingleton("cocoonmailEmulatorLifecycle", new EmulatorLifecycle(emulator));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
