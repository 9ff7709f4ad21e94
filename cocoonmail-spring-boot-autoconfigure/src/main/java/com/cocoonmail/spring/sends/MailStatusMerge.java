package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.TrackingLog;
import org.jspecify.annotations.Nullable;

/**
 * Folds what {@code getMailStatus} answered into a send: counts never go down, times
 * already known are kept unless Cocoonmail knows earlier (first) or later (last) ones.
 *
 * @author Cocoonmail Team
 */
final class MailStatusMerge {

	private MailStatusMerge() {
	}

	static UnaryOperator<Send> of(MailStatus status, Instant now) {
		return (send) -> {
			List<Instant> opens = times(status.trackingLogs(), "OPEN");
			List<Instant> clicks = times(status.trackingLogs(), "CLICK");
			Send.Builder builder = send.toBuilder()
				.opens(Math.max(send.openCount(), Math.max(count(status.openedCount()), opens.size())),
						SendTimes.earliest(send.firstOpenedAt(), SendTimes.earliest(opens)),
						SendTimes.latest(send.lastOpenedAt(), SendTimes.latest(opens)))
				.clicks(Math.max(send.clickCount(), Math.max(count(status.clickedCount()), clicks.size())),
						SendTimes.earliest(send.firstClickedAt(), SendTimes.earliest(clicks)),
						SendTimes.latest(send.lastClickedAt(), SendTimes.latest(clicks)))
				.updatedAt(now);
			if (Boolean.TRUE.equals(status.delivered()) || status.deliveredAt() != null) {
				builder.deliveredAt(SendTimes.earliest(send.deliveredAt(),
						(status.deliveredAt() != null) ? status.deliveredAt() : now));
			}
			if (Boolean.TRUE.equals(status.bounced()) || status.bouncedAt() != null) {
				Instant bouncedAt = (status.bouncedAt() != null) ? status.bouncedAt() : now;
				builder.bouncedAt(bouncedAt).failed(bouncedAt, bounceReason(status));
			}
			return builder.build();
		};
	}

	private static String bounceReason(MailStatus status) {
		if (status.bouncedError() != null && !status.bouncedError().isBlank()) {
			return status.bouncedError();
		}
		return (status.bounceType() != null) ? "Bounced (" + status.bounceType() + ")" : "Bounced";
	}

	private static int count(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

	private static List<Instant> times(List<TrackingLog> logs, String type) {
		return logs.stream()
			.filter((log) -> log.type() != null && log.type().toUpperCase(Locale.ROOT).startsWith(type))
			.map(TrackingLog::created)
			.filter(Objects::nonNull)
			.toList();
	}

}
