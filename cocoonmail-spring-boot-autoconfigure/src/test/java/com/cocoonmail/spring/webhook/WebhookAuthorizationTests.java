package com.cocoonmail.spring.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WebhookAuthorization}.
 *
 * @author Cocoonmail Team
 */
class WebhookAuthorizationTests {

	private final WebhookAuthorization authorization = new WebhookAuthorization(
			List.of("Bearer current-token", "Bearer previous-token"));

	@Test
	void acceptsEveryConfiguredValue() {
		assertThat(this.authorization.accepts("Bearer current-token")).isTrue();
		assertThat(this.authorization.accepts("Bearer previous-token")).isTrue();
	}

	@Test
	void refusesAMissingValue() {
		assertThat(this.authorization.accepts(null)).isFalse();
	}

	@Test
	void refusesAWrongValueOfTheSameLength() {
		assertThat(this.authorization.accepts("Bearer current-tokeN")).isFalse();
	}

	@Test
	void refusesAPrefixOrAnExtensionOfAnAcceptedValue() {
		assertThat(this.authorization.accepts("Bearer current")).isFalse();
		assertThat(this.authorization.accepts("Bearer current-token2")).isFalse();
		assertThat(this.authorization.accepts("")).isFalse();
	}

	@Test
	void refusesNoAcceptedValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookAuthorization(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookAuthorization(List.of(" ")));
	}

	@Test
	void toStringDoesNotShowTheValues() {
		assertThat(this.authorization).hasToString("WebhookAuthorization[2 accepted values]");
	}

}
