package com.cocoonmail.spring.client;

import java.time.Duration;

import com.cocoonmail.spring.client.model.ApiKeyValidation;
import com.cocoonmail.spring.client.model.EmailUsage;
import com.cocoonmail.spring.client.model.EmailVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only checks against the real Cocoonmail API, run by {@code ./mvnw verify} only
 * when {@code COCOONMAIL_API_KEY} is set ({@code COCOONMAIL_BASE_URL} optionally points
 * elsewhere). Nothing is sent to anyone.
 *
 * @author Cocoonmail Team
 */
@EnabledIfEnvironmentVariable(named = "COCOONMAIL_API_KEY", matches = ".+")
class CocoonmailClientIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final CocoonmailClient client = CocoonmailClient.builder()
		.baseUrl(StringUtils.hasText(System.getenv("COCOONMAIL_BASE_URL")) ? System.getenv("COCOONMAIL_BASE_URL")
				: CocoonmailClient.DEFAULT_BASE_URL)
		.apiKey(System.getenv("COCOONMAIL_API_KEY"))
		.pacer(new RateLimitingRequestPacer("it", 10, Duration.ofSeconds(30), CocoonmailPacingListener.NONE))
		.build();

	@Test
	void validatesTheApiKey() {
		ApiKeyValidation validation = this.client.validateApiKey().block(TIMEOUT);
		assertThat(validation).isNotNull();
		assertThat(validation.success()).isTrue();
	}

	@Test
	void readsTheEmailUsage() {
		EmailUsage usage = this.client.getEmailUsage().block(TIMEOUT);
		assertThat(usage).isNotNull();
		assertThat(usage.success()).isNotEqualTo(Boolean.FALSE);
	}

	@Test
	void verifiesAnEmailAddress() {
		EmailVerification verification = this.client.verifyEmail("support@cocoonmail.com").block(TIMEOUT);
		assertThat(verification).isNotNull();
		assertThat(verification.email()).isEqualTo("support@cocoonmail.com");
		assertThat(verification.status()).isNotBlank();
	}

}
