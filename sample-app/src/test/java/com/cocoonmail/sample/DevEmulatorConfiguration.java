package com.cocoonmail.sample;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.autoconfigure.CocoonmailConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Development-time Cocoonmail for the sample: starts the Cocoonmail emulator on a
 * loopback port and points the starter at it through {@link CocoonmailConnectionDetails},
 * so the sample runs without an account. Used by {@link TestSampleApplication} (the
 * {@code spring-boot:test-run} main) with the {@code dev-emulator} profile, which
 * switches the starter on.
 *
 * @author Cocoonmail Team
 */
@TestConfiguration(proxyBeanMethods = false)
class DevEmulatorConfiguration {

	static final String PROFILE = "dev-emulator";

	private static final Log logger = LogFactory.getLog(DevEmulatorConfiguration.class);

	@Bean(destroyMethod = "close")
	CocoonmailEmulator cocoonmailEmulator() {
		CocoonmailEmulator emulator = CocoonmailEmulator.start();
		logger.info("The sample runs against the Cocoonmail emulator at " + emulator.baseUrl()
				+ " (10 requests per sliding second, like Cocoonmail). To use the real Cocoonmail API, "
				+ "set COCOONMAIL_API_KEY and run './mvnw -pl sample-app -am spring-boot:run'.");
		return emulator;
	}

	@Bean
	CocoonmailConnectionDetails cocoonmailConnectionDetails(CocoonmailEmulator emulator) {
		return new CocoonmailConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return emulator.baseUrl();
			}

			@Override
			public String getApiKey() {
				return emulator.apiKey();
			}

		};
	}

}
