package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * Picks the earliest or latest of times that may be unknown.
 *
 * @author Cocoonmail Team
 */
final class SendTimes {

	private SendTimes() {
	}

	static @Nullable Instant earliest(@Nullable Instant first, @Nullable Instant second) {
		if (first == null) {
			return second;
		}
		return (second != null && second.isBefore(first)) ? second : first;
	}

	static @Nullable Instant latest(@Nullable Instant first, @Nullable Instant second) {
		if (first == null) {
			return second;
		}
		return (second != null && second.isAfter(first)) ? second : first;
	}

	static @Nullable Instant earliest(Collection<Instant> times) {
		return times.stream().min(Comparator.naturalOrder()).orElse(null);
	}

	static @Nullable Instant latest(Collection<Instant> times) {
		return times.stream().max(Comparator.naturalOrder()).orElse(null);
	}

}
