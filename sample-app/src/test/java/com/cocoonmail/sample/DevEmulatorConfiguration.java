package com.cocoonmail.sample;

import java.net.URI;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.autoconfigure.CocoonmailConnectionDetails;
import com.cocoonmail.spring.autoconfigure.CocoonmailProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Development-time Cocoonmail for the sample: starts the Cocoonmail emulator on a
 * loopback port and points the starter at it through {@link CocoonmailConnectionDetails},
 * so the sample runs without an account. Once the sample's server has started, the
 * emulator posts its webhooks to the sample's receiver: {@code email.sent} then
 * {@code email.opened} about every welcome mail ({@code email.bounced} for addresses at
 * {@value CocoonmailEmulator#BOUNCE_DOMAIN}). Used by {@link TestSampleApplication} (the
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
	ApplicationListener<WebServerInitializedEvent> cocoonmailEmulatorWebhooks(CocoonmailEmulator emulator,
			CocoonmailProperties properties) {
		return (event) -> {
			CocoonmailProperties.Webhooks webhooks = properties.getWebhooks();
			if (!webhooks.isEnabled() || webhooks.getAuthorization().isEmpty()
					|| event.getApplicationContext().getServerNamespace() != null) {
				return;
			}
			URI url = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + webhooks.getPath());
			emulator.webhooksTo(url, webhooks.getAuthorization().get(0));
			logger.info("The emulator posts email.sent, then email.opened (email.bounced for addresses at "
					+ CocoonmailEmulator.BOUNCE_DOMAIN + ") about every transactional mail to " + url);
		};
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
