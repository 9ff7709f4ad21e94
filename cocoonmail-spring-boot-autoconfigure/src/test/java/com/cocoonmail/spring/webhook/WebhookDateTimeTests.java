package com.cocoonmail.spring.webhook;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WebhookDateTime}.
 *
 * @author Cocoonmail Team
 */
class WebhookDateTimeTests {

	private static final Instant TIME = Instant.parse("2026-12-02T03:04:05Z");

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-02T03:04:05Z", "2026-12-02T04:04:05+01:00", "2026-12-02T03:04:05",
			"2026-12-02 03:04:05", "2026-12-02T03:04:05.000Z", "1796180645", "1796180645000",
			"Wed, 2 Dec 2026 03:04:05 GMT", " 1796180645 " })
	void readsEveryAcceptedFormatAsTheSameInstant(String text) {
		assertThat(WebhookDateTime.parse(text)).isEqualTo(TIME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1796180645.25", "2026-12-02T03:04:05.250Z" })
	void keepsFractionsOfASecond(String text) {
		assertThat(WebhookDateTime.parse(text)).isEqualTo(TIME.plusMillis(250));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "2026-13-02T03:04:05Z", "12:00", "-1796180645", "1796180645000.5",
			"99999999999999999999" })
	void refusesAnythingElseSayingWhatIsAccepted(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookDateTime.parse(text))
			.withMessage("x-cocoon-event-datetime is neither an ISO-8601 date-time nor epoch seconds or milliseconds");
	}

}
