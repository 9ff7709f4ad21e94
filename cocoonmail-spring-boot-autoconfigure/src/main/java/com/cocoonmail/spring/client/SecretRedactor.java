package com.cocoonmail.spring.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the API key from text that may end up in a message or a log line, whether the
 * key appears as is or with some of its characters written as JSON escapes (such as
 * {@code \/} or {@code \u003d}), as servers echoing it in a JSON body may do.
 *
 * @author Cocoonmail Team
 */
final class SecretRedactor {

	static final String MASK = "******";

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

}
