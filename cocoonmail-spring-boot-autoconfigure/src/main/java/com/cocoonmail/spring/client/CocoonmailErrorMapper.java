package com.cocoonmail.spring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The one place where answers and transport failures become {@link CocoonmailException}s.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailErrorMapper {

	private static final int MAX_BODY_IN_MESSAGE = 300;

	private final SecretRedactor redactor;

	CocoonmailErrorMapper(SecretRedactor redactor) {
		this.redactor = redactor;
	}

	CocoonmailApiException fromResponse(String operation, int statusCode, HttpHeaders headers, String rawBody) {
		String body = this.redactor.redact(rawBody);
		String serverMessage = redact(serverMessage(body));
		CocoonmailApiException.Reason reason = CocoonmailApiException.Reason.of(statusCode);
		String message = "Cocoonmail answered " + statusCode + " (" + reason + ") to " + operation + ": "
				+ describe(body, serverMessage);
		if (statusCode == 429) {
			return new CocoonmailRateLimitException(message, body, serverMessage, RateLimitHeaders.limit(headers),
					RateLimitHeaders.remaining(headers), retryAfter(headers));
		}
		return new CocoonmailApiException(message, statusCode, body, serverMessage);
	}

	private @Nullable String redact(@Nullable String text) {
		return (text != null) ? this.redactor.redact(text) : null;
	}

	CocoonmailException fromUnreadableAnswer(String operation, int statusCode, String rawBody, Throwable cause) {
		return new CocoonmailException("Cocoonmail answered " + statusCode + " to " + operation
				+ " with a body the client could not read: " + abbreviate(this.redactor.redact(rawBody)), cause, false);
	}

	CocoonmailException fromTransport(String operation, Throwable ex) {
		if (ex instanceof CocoonmailException cocoonmailException) {
			return cocoonmailException;
		}
		if (hasCause(ex, TimeoutException.class) || hasCause(ex, io.netty.handler.timeout.TimeoutException.class)) {
			return new CocoonmailTransportException("No answer from Cocoonmail to " + operation + " in time", ex, true);
		}
		if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)) {
			return new CocoonmailTransportException(
					"Could not connect to Cocoonmail for " + operation + ": " + this.redactor.redact(rootMessage(ex)),
					ex, false);
		}
		if (hasCause(ex, IOException.class)) {
			return new CocoonmailTransportException("Connection to Cocoonmail failed during " + operation + ": "
					+ this.redactor.redact(rootMessage(ex)), ex, true);
		}
		return new CocoonmailException(
				"Calling Cocoonmail for " + operation + " failed: " + this.redactor.redact(rootMessage(ex)), ex, false);
	}

	private static @Nullable Duration retryAfter(HttpHeaders headers) {
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (StringUtils.hasText(retryAfter)) {
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
			}
			catch (NumberFormatException ex) {
				return untilDate(retryAfter.trim());
			}
		}
		String reset = headers.getFirst("X-RateLimit-Reset");
		if (StringUtils.hasText(reset)) {
			try {
				Duration wait = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static @Nullable Duration untilDate(String httpDate) {
		try {
			Instant at = ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(Instant.now(), at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String serverMessage(String body) {
		if (!StringUtils.hasText(body)) {
			return null;
		}
		try {
			JsonNode node = CocoonmailJson.mapper().readTree(body);
			return firstText(node.get("message"), node.get("error"), node.get("errors"), node.get("detail"));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String firstText(@Nullable JsonNode... candidates) {
		for (JsonNode candidate : candidates) {
			String text = text(candidate);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return StringUtils.hasText(node.asString()) ? node.asString() : null;
		}
		if (node.isObject()) {
			String nested = firstText(node.get("message"), node.get("reason"));
			return (nested != null) ? nested : node.toString();
		}
		if (node.isArray() && !node.isEmpty()) {
			return text(node.get(0));
		}
		return node.toString();
	}

	private static String describe(String body, @Nullable String serverMessage) {
		if (serverMessage != null) {
			return serverMessage;
		}
		return StringUtils.hasText(body) ? abbreviate(body) : "no body";
	}

	private static String abbreviate(String body) {
		String oneLine = body.strip().replaceAll("\\s+", " ");
		return (oneLine.length() <= MAX_BODY_IN_MESSAGE) ? oneLine : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "...";
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable candidate = ex; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
