package com.cocoonmail.spring.webhook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Reads {@code x-cocoon-event-datetime}, whose format Cocoonmail does not document: an
 * ISO-8601 date-time (with an offset, or without one and then taken as UTC, with a
 * {@code T} or a space between date and time), an RFC 1123 date, or an epoch number (up
 * to 11 integer digits are seconds, possibly with a fraction; more are milliseconds).
 *
 * @author Cocoonmail Team
 */
final class WebhookDateTime {

	private static final Pattern EPOCH = Pattern.compile("\\d{1,19}(\\.\\d{1,9})?");

	private static final Pattern SPACED_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

	private static final int MAX_SECONDS_DIGITS = 11;

	static final String UNREADABLE = "x-cocoon-event-datetime is neither an ISO-8601 date-time nor epoch seconds or milliseconds";

	private WebhookDateTime() {
	}

	/**
	 * Parse the header value.
	 * @param text the header value
	 * @return the instant
	 * @throws IllegalArgumentException if the value is in none of the accepted formats
	 */
	static Instant parse(String text) {
		String value = text.strip();
		try {
			if (EPOCH.matcher(value).matches()) {
				return epoch(value);
			}
			if (SPACED_ISO.matcher(value).matches()) {
				value = value.replaceFirst(" ", "T");
			}
			if (Character.isDigit(value.charAt(0))) {
				return iso(value);
			}
			return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeException | ArithmeticException | IndexOutOfBoundsException ex) {
			throw new IllegalArgumentException(UNREADABLE, ex);
		}
	}

	private static Instant epoch(String value) {
		int dot = value.indexOf('.');
		int integerDigits = (dot < 0) ? value.length() : dot;
		if (integerDigits > MAX_SECONDS_DIGITS) {
			if (dot >= 0) {
				throw new DateTimeException("fractional milliseconds");
			}
			return Instant.ofEpochMilli(Long.parseLong(value));
		}
		BigDecimal seconds = new BigDecimal(value);
		long whole = seconds.longValue();
		int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValueExact();
		return Instant.ofEpochSecond(whole, nanos);
	}

	private static Instant iso(String value) {
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
				LocalDateTime::from);
		if (parsed instanceof OffsetDateTime offsetDateTime) {
			return offsetDateTime.toInstant();
		}
		return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
	}

}
