package com.cocoonmail.spring.client;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Collects every problem of one request, then fails with a
 * {@link CocoonmailValidationException} listing them all.
 *
 * @author Cocoonmail Team
 */
final class RequestProblems {

	private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
			+ "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	private final String subject;

	private final List<String> problems = new ArrayList<>();

	private RequestProblems(String subject) {
		this.subject = subject;
	}

	static RequestProblems of(String subject) {
		return new RequestProblems(subject);
	}

	static boolean isEmail(@Nullable String value) {
		return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
	}

	RequestProblems add(String field, String problem) {
		this.problems.add(field + ": " + problem);
		return this;
	}

	RequestProblems required(String field, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			add(field, "is required");
		}
		return this;
	}

	RequestProblems requiredEmail(String field, @Nullable String value) {
		return (StringUtils.hasText(value)) ? email(field, value) : add(field, "is required");
	}

	RequestProblems email(String field, @Nullable String value) {
		if (value != null && !isEmail(value)) {
			add(field, "'" + value + "' is not a well-formed email address");
		}
		return this;
	}

	RequestProblems emails(String field, @Nullable Collection<String> values) {
		if (values != null) {
			int index = 0;
			for (String value : values) {
				requiredEmail(field + "[" + index++ + "]", value);
			}
		}
		return this;
	}

	RequestProblems notEmpty(String field, @Nullable Collection<?> values) {
		if (values == null || values.isEmpty()) {
			add(field, "must contain at least one entry");
		}
		return this;
	}

	RequestProblems isoInstant(String field, @Nullable String value) {
		if (value != null) {
			try {
				CocoonmailJson.parseInstant(value);
			}
			catch (DateTimeParseException ex) {
				add(field, "'" + value + "' is not an ISO-8601 date-time such as 2026-12-31T23:59:59Z");
			}
		}
		return this;
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new CocoonmailValidationException(this.subject, this.problems);
		}
	}

}
