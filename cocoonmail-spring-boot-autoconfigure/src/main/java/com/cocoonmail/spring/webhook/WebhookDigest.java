package com.cocoonmail.spring.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The identity of a delivery for de-duplication: a SHA-256 over its type, time, ids and
 * raw body, each part length-prefixed so that no two different deliveries run together
 * into the same bytes.
 *
 * @author Cocoonmail Team
 */
final class WebhookDigest {

	private WebhookDigest() {
	}

	static String of(WebhookHeaders headers, byte[] body) {
		MessageDigest digest = sha256();
		part(digest, headers.type());
		digest.update(ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
			.putLong(headers.occurredAt().getEpochSecond())
			.putInt(headers.occurredAt().getNano())
			.array());
		part(digest, headers.messageId());
		part(digest, headers.contactUuid());
		part(digest, headers.contactEmail());
		part(digest, body);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void part(MessageDigest digest, @Nullable String value) {
		if (value == null) {
			digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
			return;
		}
		part(digest, value.getBytes(StandardCharsets.UTF_8));
	}

	private static void part(MessageDigest digest, byte[] value) {
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
		digest.update(value);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
