package com.cocoonmail.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cocoonmail.spring.autoconfigure.InvalidCocoonmailPropertyException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link CocoonmailProperties} at start-up, so that bad values fail fast, all at
 * once, each with the property's name. The API key itself is never part of a message.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailPropertiesValidator {

	private static final String EXAMPLE_BASE_URL = "https://webhook.cocoonmail.com";

	private final List<Problem> problems = new ArrayList<>();

	private CocoonmailPropertiesValidator() {
	}

	static void validate(CocoonmailProperties properties) {
		CocoonmailPropertiesValidator validator = new CocoonmailPropertiesValidator();
		validator.check(properties);
		if (!validator.problems.isEmpty()) {
			throw new InvalidCocoonmailPropertyException(validator.problems);
		}
	}

	private void check(CocoonmailProperties properties) {
		apiKey(properties.getApiKey());
		baseUrl(properties.getBaseUrl());
		positive("cocoonmail.connect-timeout", properties.getConnectTimeout());
		positive("cocoonmail.read-timeout", properties.getReadTimeout());
		atLeastOne("cocoonmail.rate-limit.requests-per-second", properties.getRateLimit().getRequestsPerSecond());
		notNegative("cocoonmail.rate-limit.timeout", properties.getRateLimit().getTimeout());
		atLeastOne("cocoonmail.retry.max-attempts", properties.getRetry().getMaxAttempts());
		boolean backoffsValid = notNegative("cocoonmail.retry.initial-backoff",
				properties.getRetry().getInitialBackoff())
				& notNegative("cocoonmail.retry.max-backoff", properties.getRetry().getMaxBackoff());
		if (backoffsValid
				&& properties.getRetry().getMaxBackoff().compareTo(properties.getRetry().getInitialBackoff()) < 0) {
			problem("cocoonmail.retry.max-backoff", properties.getRetry().getMaxBackoff(),
					"must not be less than cocoonmail.retry.initial-backoff ("
							+ properties.getRetry().getInitialBackoff() + ")");
		}
		notNegative("cocoonmail.health.cache-time-to-live", properties.getHealth().getCacheTimeToLive());
		atLeastOne("cocoonmail.events.queue-capacity", properties.getEvents().getQueueCapacity());
		notNegative("cocoonmail.events.shutdown-timeout", properties.getEvents().getShutdownTimeout());
	}

	private void apiKey(@Nullable String apiKey) {
		if (apiKey == null) {
			return;
		}
		for (int i = 0; i < apiKey.length(); i++) {
			char c = apiKey.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
				problem("cocoonmail.api-key", "******",
						"must not contain whitespace or control characters, but has " + describe(c) + " at position "
								+ (i + 1) + " of " + apiKey.length()
								+ " (check the variable or file it comes from for a trailing newline)");
				return;
			}
		}
	}

	private static String describe(char c) {
		return switch (c) {
			case '\n' -> "a line feed";
			case '\r' -> "a carriage return";
			case '\t' -> "a tab";
			case ' ' -> "a space";
			case '\0' -> "a NUL character";
			default -> String.format(Locale.ROOT, "the character U+%04X", (int) c);
		};
	}

	private void baseUrl(String baseUrl) {
		URI uri = parse(baseUrl);
		String scheme = (uri != null && uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
			problem("cocoonmail.base-url", withoutUserInfo(baseUrl),
					"must be an absolute http(s) URL such as " + EXAMPLE_BASE_URL);
			return;
		}
		if (uri.getRawUserInfo() != null) {
			problem("cocoonmail.base-url", withoutUserInfo(baseUrl),
					"must not contain user information (user:password@); the API key is the only credential sent");
		}
	}

	private static @Nullable URI parse(String baseUrl) {
		try {
			return new URI(baseUrl.trim());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	// Mask what stands before an '@' in the authority: a password never reaches a log
	private static String withoutUserInfo(String baseUrl) {
		int authority = baseUrl.indexOf("//");
		int start = (authority >= 0) ? authority + 2 : 0;
		int end = baseUrl.indexOf('/', start);
		int at = baseUrl.lastIndexOf('@', (end >= 0) ? end : baseUrl.length());
		return (at >= start) ? baseUrl.substring(0, start) + "******" + baseUrl.substring(at) : baseUrl;
	}

	private void positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			problem(property, value, "must be a positive duration such as 5s");
		}
	}

	private boolean notNegative(String property, Duration value) {
		if (value.isNegative()) {
			problem(property, value, "must not be negative");
			return false;
		}
		return true;
	}

	private void atLeastOne(String property, int value) {
		if (value < 1) {
			problem(property, value, "must be at least 1");
		}
	}

	private void problem(String property, Object value, String requirement) {
		this.problems.add(new Problem(property, String.valueOf(value), requirement));
	}

}
