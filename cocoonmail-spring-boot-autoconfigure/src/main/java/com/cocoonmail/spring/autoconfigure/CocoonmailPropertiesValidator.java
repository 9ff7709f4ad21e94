package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

/**
 * Checks {@link CocoonmailProperties} at start-up, so that a bad value fails fast with
 * the property's name.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailPropertiesValidator {

	private CocoonmailPropertiesValidator() {
	}

	static void validate(CocoonmailProperties properties) {
		positive("cocoonmail.connect-timeout", properties.getConnectTimeout());
		positive("cocoonmail.read-timeout", properties.getReadTimeout());
		atLeastOne("cocoonmail.rate-limit.requests-per-second", properties.getRateLimit().getRequestsPerSecond());
		notNegative("cocoonmail.rate-limit.timeout", properties.getRateLimit().getTimeout());
		atLeastOne("cocoonmail.retry.max-attempts", properties.getRetry().getMaxAttempts());
		notNegative("cocoonmail.retry.initial-backoff", properties.getRetry().getInitialBackoff());
		notNegative("cocoonmail.retry.max-backoff", properties.getRetry().getMaxBackoff());
		if (properties.getRetry().getMaxBackoff().compareTo(properties.getRetry().getInitialBackoff()) < 0) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.retry.max-backoff",
					properties.getRetry().getMaxBackoff(), "must not be less than cocoonmail.retry.initial-backoff ("
							+ properties.getRetry().getInitialBackoff() + ")");
		}
		notNegative("cocoonmail.health.cache-time-to-live", properties.getHealth().getCacheTimeToLive());
		atLeastOne("cocoonmail.events.queue-capacity", properties.getEvents().getQueueCapacity());
		notNegative("cocoonmail.events.shutdown-timeout", properties.getEvents().getShutdownTimeout());
	}

	private static void positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidCocoonmailPropertyException(property, value, "must be a positive duration such as 5s");
		}
	}

	private static void notNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new InvalidCocoonmailPropertyException(property, value, "must not be negative");
		}
	}

	private static void atLeastOne(String property, int value) {
		if (value < 1) {
			throw new InvalidCocoonmailPropertyException(property, value, "must be at least 1");
		}
	}

}
