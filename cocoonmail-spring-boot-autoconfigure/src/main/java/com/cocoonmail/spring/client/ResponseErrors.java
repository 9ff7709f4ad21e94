package com.cocoonmail.spring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.util.StringUtils;

/**
 * The one place where responses and transport failures become
 * {@link CocoonmailException}s. Every message, and every cause attached, has the API key
 * removed.
 *
 * @author Cocoonmail Team
 */
final class ResponseErrors {

	private static final int MAX_BODY_IN_MESSAGE = 300;

	private final SecretRedactor redactor;

	private final Duration longestWait;

	/**
	 * Create the mapping.
	 * @param redactor removes the API key from text
	 * @param longestWait the longest wait a caller accepts
	 * ({@code cocoonmail.rate-limit.timeout}); a response asking for a longer wait is not
	 * retried
	 */
	ResponseErrors(SecretRedactor redactor, Duration longestWait) {
		this.redactor = redactor;
		this.longestWait = longestWait;
	}

	/**
	 * Map a response whose status is not 2xx. A 3xx is an error too: redirects are never
	 * followed, so that neither the key nor the body reaches another host.
	 * @param operation the operation
	 * @param status the status code
	 * @param headers the response's rate-limit headers
	 * @param body the raw body
	 * @param charset the body's charset
	 * @return the exception
	 */
	CocoonmailApiException fromResponse(String operation, int status, RateLimitHeaders headers, byte[] body,
			Charset charset) {
		String text = this.redactor.redact(new String(body, charset));
		String serverMessage = serverMessage(text);
		CocoonmailApiException.Reason reason = CocoonmailApiException.Reason.of(status);
		Duration retryAfter = headers.retryAfter();
		boolean waitTooLong = retryAfter != null && retryAfter.compareTo(this.longestWait) > 0;
		String message = "Cocoonmail answered " + status + " (" + reason + ") to " + operation + ": "
				+ describe(text, serverMessage) + redirectNote(status) + waitNote(retryAfter, waitTooLong);
		boolean retryable = reason.isRetryable() && !waitTooLong;
		if (status == 429) {
			return new CocoonmailRateLimitException(message, text, serverMessage, headers.limit(), headers.remaining(),
					retryAfter, retryable);
		}
		return new CocoonmailApiException(message, status, text, serverMessage, retryAfter, retryable);
	}

	/**
	 * Map a 2xx response whose body could not be read.
	 * @param operation the operation
	 * @param status the status code
	 * @param body the raw body
	 * @param charset the body's charset
	 * @param ex the parser's failure, whose message may quote the body
	 * @return the exception
	 */
	CocoonmailException unreadable(String operation, int status, byte[] body, Charset charset, JacksonException ex) {
		return new CocoonmailException(
				"Cocoonmail answered " + status + " to " + operation + " with a body the client could not read ("
						+ this.redactor.redact(String.valueOf(ex.getOriginalMessage())) + "): "
						+ abbreviate(this.redactor.redact(new String(body, charset))),
				this.redactor.redacted(ex), false);
	}

	/**
	 * Map a 2xx response that lacks the documented data.
	 * @param operation the operation
	 * @param status the status code
	 * @param body the raw body
	 * @param charset the body's charset
	 * @return the exception
	 */
	CocoonmailException missingData(String operation, int status, byte[] body, Charset charset) {
		String text = this.redactor.redact(new String(body, charset));
		return new CocoonmailException("Cocoonmail answered " + status + " to " + operation
				+ " without the documented data: " + (StringUtils.hasText(text) ? abbreviate(text) : "no body"), null,
				false);
	}

	/**
	 * Map a failure without a response, passing {@link CocoonmailException}s through.
	 * @param operation the operation
	 * @param ex the failure
	 * @return the exception
	 */
	CocoonmailException fromTransport(String operation, Throwable ex) {
		if (ex instanceof CocoonmailException cocoonmailException) {
			return cocoonmailException;
		}
		Throwable cause = this.redactor.redacted(ex);
		if (hasCause(ex, DataBufferLimitException.class)) {
			return new CocoonmailException(
					"Cocoonmail's response to " + operation + " is larger than "
							+ CocoonmailClient.MAX_RESPONSE_BYTES / (1024 * 1024) + " MiB, the most the client reads",
					cause, false);
		}
		if (hasCause(ex, TimeoutException.class) || hasCause(ex, io.netty.handler.timeout.TimeoutException.class)) {
			return new CocoonmailTransportException("No answer from Cocoonmail to " + operation + " in time", cause,
					true);
		}
		if (hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)) {
			return new CocoonmailTransportException(
					"Could not connect to Cocoonmail for " + operation + ": " + rootMessage(cause), cause, false);
		}
		if (hasCause(ex, IOException.class)) {
			return new CocoonmailTransportException(
					"Connection to Cocoonmail failed during " + operation + ": " + rootMessage(cause), cause, true);
		}
		return new CocoonmailException("Calling Cocoonmail for " + operation + " failed: " + rootMessage(cause), cause,
				false);
	}

	private static String redirectNote(int status) {
		return (status >= 300 && status <= 399) ? " (redirects are not followed)" : "";
	}

	private String waitNote(@Nullable Duration retryAfter, boolean tooLong) {
		if (!tooLong || retryAfter == null) {
			return "";
		}
		return "; it asked to wait " + retryAfter + ", longer than cocoonmail.rate-limit.timeout (" + this.longestWait
				+ "), so the call is not retried";
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
