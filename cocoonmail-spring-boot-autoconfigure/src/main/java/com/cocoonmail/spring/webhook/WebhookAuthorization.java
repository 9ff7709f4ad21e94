package com.cocoonmail.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The accepted {@code Authorization} header values, kept only as SHA-256 digests and
 * compared in constant time: both sides are digested first, so neither the length nor the
 * content of an accepted value leaks through the time a comparison takes, and every
 * accepted value is compared whatever the outcome.
 *
 * @author Cocoonmail Team
 */
final class WebhookAuthorization {

	private final List<byte[]> acceptedDigests;

	WebhookAuthorization(List<String> acceptedValues) {
		Assert.notEmpty(acceptedValues, "At least one accepted Authorization value is required");
		for (String value : acceptedValues) {
			Assert.hasText(value, "Accepted Authorization values must not be blank");
		}
		this.acceptedDigests = acceptedValues.stream().map(WebhookAuthorization::digest).toList();
	}

	boolean accepts(@Nullable String authorization) {
		byte[] presented = digest((authorization != null) ? authorization : "");
		boolean accepted = false;
		for (byte[] candidate : this.acceptedDigests) {
			accepted |= MessageDigest.isEqual(candidate, presented);
		}
		return accepted && authorization != null;
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "WebhookAuthorization[" + this.acceptedDigests.size() + " accepted values]";
	}

}
