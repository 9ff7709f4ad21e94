package com.cocoonmail.spring.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives the default name of a shared budget from the API key by a one-way hash, so that
 * every instance using the same key shares one budget and the key itself is never written
 * to a store.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class SharedBudgetKey {

	/**
	 * Prefix of every derived budget name.
	 */
	public static final String PREFIX = "cocoonmail:ratelimit:";

	private static final int HASH_BYTES = 16;

	private SharedBudgetKey() {
	}

	/**
	 * Return the budget name for an API key: the prefix and the first 128 bits of the
	 * key's SHA-256, in hex.
	 * @param apiKey the API key
	 * @return the budget name
	 */
	public static String derive(String apiKey) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
			return PREFIX + HexFormat.of().formatHex(hash, 0, HASH_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
