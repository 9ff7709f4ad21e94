package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailAuthScheme;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests of the request path as an application built with the auto-configuration sees it
 * (SPEC 8.1): Boot's HTTP client settings follow redirects by default, the starter's
 * connector must not.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailRequestHardeningTests {

	private static final String KEY = LoopbackCocoonmail.API_KEY;

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest
	@EnumSource(CocoonmailAuthScheme.class)
	void redirectToAnotherHostNeverReceivesTheKeyOrTheBody(CocoonmailAuthScheme authScheme) throws IOException {
		try (MockWebServer otherHost = new MockWebServer()) {
			otherHost.start(InetAddress.getByName("127.0.0.1"), 0);
			this.cocoonmail.answerEveryRequest(new MockResponse.Builder().code(307)
				.addHeader("Location", otherHost.url("/webhook/event/send"))
				.build());
			this.cocoonmail.contextRunner("cocoonmail.auth-scheme=" + authScheme.name().toLowerCase())
				.run((context) -> {
					CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
					CocoonmailApiException ex = LoopbackCocoonmail.expectError(
							operations.sendEvent(SendEventRequest.of("signed_up", "a@example.com")),
							CocoonmailApiException.class);
					assertThat(ex.statusCode()).isEqualTo(307);
				});
			assertThat(this.cocoonmail.requestCount()).isEqualTo(1);
			assertThat(otherHost.getRequestCount()).isZero();
		}
	}

	@Test
	void keyEchoedInAnUnreadableBodyIsAbsentFromTheBridgesWarning(CapturedOutput output) {
		this.cocoonmail.answerEveryRequest(200, KEY + " cannot be parsed");
		this.cocoonmail.contextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailEventBridgeAutoConfiguration.class))
			.run((context) -> {
				context.publishEvent(SendEventRequest.of("signed_up", "a@example.com"));
				await().atMost(Duration.ofSeconds(10))
					.until(() -> output.getOut().contains("could not read")
							|| output.getErr().contains("could not read"));
			});
		assertThat(output).contains("WARN").contains("could not read").doesNotContain(KEY);
	}

}
