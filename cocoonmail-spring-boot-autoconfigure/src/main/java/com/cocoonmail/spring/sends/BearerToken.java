package com.cocoonmail.spring.sends;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks an {@code Authorization: Bearer} header against the configured token in constant
 * time: both are hashed first, so neither the content nor the length of the token leaks
 * through timing.
 *
 * @author Cocoonmail Team
 */
final class BearerToken {

	private static final String SCHEME = "bearer ";

	private final byte[] expected;

	BearerToken(String token) {
		this.expected = sha256(token);
	}

	boolean matches(@Nullable String authorization) {
		if (authorization == null || authorization.length() <= SCHEME.length()
				|| !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
			return false;
		}
		return MessageDigest.isEqual(this.expected, sha256(authorization.substring(SCHEME.length()).strip()));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "BearerToken[******]";
	}

}
