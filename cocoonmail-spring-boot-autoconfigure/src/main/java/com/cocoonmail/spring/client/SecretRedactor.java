package com.cocoonmail.spring.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Removes the API key from text that may end up in a message or a log line, whether the
 * key appears as is or with some of its characters written as JSON escapes (such as
 * {@code \/} or {@code \u003d}), as servers echoing it in a JSON body may do.
 *
 * @author Cocoonmail Team
 */
final class SecretRedactor {

	static final String MASK = "******";

	private static final int MAX_DEPTH = 32;

	private final String secret;

	private final Pattern escapedSecret;

	SecretRedactor(String secret) {
		this.secret = secret;
		this.escapedSecret = Pattern.compile(escapedForms(secret));
	}

	String redact(String text) {
		if (this.secret.isEmpty()) {
			return text;
		}
		String redacted = text.replace(this.secret, MASK);
		if (redacted.indexOf('\\') < 0) {
			return redacted;
		}
		return this.escapedSecret.matcher(redacted).replaceAll(Matcher.quoteReplacement(MASK));
	}

	/**
	 * Return the failure itself when no message in its chain holds the key, else a copy
	 * of the chain, with the same types named and the same stack traces, whose messages
	 * have the key removed.
	 * @param failure the failure
	 * @return a failure whose chain never shows the key
	 */
	Throwable redacted(Throwable failure) {
		return holdsSecret(failure, 0) ? copy(failure, 0) : failure;
	}

	private boolean holdsSecret(Throwable failure, int depth) {
		if (depth > MAX_DEPTH) {
			return false;
		}
		String message = failure.getMessage();
		if (message != null && !redact(message).equals(message)) {
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (holdsSecret(suppressed, depth + 1)) {
				return true;
			}
		}
		Throwable cause = failure.getCause();
		return cause != null && cause != failure && holdsSecret(cause, depth + 1);
	}

	private Throwable copy(Throwable failure, int depth) {
		Throwable cause = failure.getCause();
		Throwable copiedCause = (cause != null && cause != failure && depth < MAX_DEPTH) ? copy(cause, depth + 1)
				: null;
		String message = failure.getMessage();
		RedactedFailure copy = new RedactedFailure(
				failure.getClass().getName() + ((message != null) ? ": " + redact(message) : ""), copiedCause);
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	private static String escapedForms(String secret) {
		StringBuilder pattern = new StringBuilder();
		for (char character : secret.toCharArray()) {
			pattern.append("(?:")
				.append(Pattern.quote(String.valueOf(character)))
				.append("|\\\\u(?i:")
				.append(String.format("%04x", (int) character))
				.append(')');
			if (character == '/') {
				pattern.append("|\\\\/");
			}
			pattern.append(')');
		}
		return pattern.toString();
	}

	/**
	 * Stands in for a failure whose message held the key.
	 */
	static final class RedactedFailure extends RuntimeException {

		RedactedFailure(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

		@Override
		public String toString() {
			return String.valueOf(getMessage());
		}

	}

}
