package com.cocoonmail.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The status of every mail and WhatsApp message the emulated workspace sent, by message
 * id, the newest kept up to a bound.
 *
 * @author Cocoonmail Team
 */
final class EmulatedMessages {

	private final Map<String, Map<String, Object>> mails;

	private final Map<String, Map<String, Object>> whatsApps;

	EmulatedMessages(int maxKept) {
		this.mails = bounded(maxKept);
		this.whatsApps = bounded(maxKept);
	}

	String mailSent(String email, Map<String, Object> mail) {
		String messageId = UUID.randomUUID().toString();
		String now = Instant.now().toString();
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("x_message_id", messageId);
		status.put("email", email);
		status.put("subject", mail.getOrDefault("subject", "Transactional mail"));
		status.put("transactional_mail_id", mail.get("transactional_id"));
		status.put("sent", true);
		status.put("sent_at", now);
		status.put("delivered", true);
		status.put("delivered_at", now);
		status.put("bounced", false);
		status.put("open", false);
		status.put("opened_count", 0);
		status.put("clicked", false);
		status.put("clicked_count", 0);
		status.put("failed", false);
		status.put("SMTP_code", "250");
		status.put("created", now);
		status.put("scheduled_at", mail.get("scheduled_at"));
		status.put("tracking_logs", List.of());
		this.mails.put(messageId, status);
		return messageId;
	}

	String whatsAppSent(String number, Map<String, Object> message) {
		String messageId = "wamid." + UUID.randomUUID();
		String now = Instant.now().toString();
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("uuid", UUID.randomUUID().toString());
		status.put("message_id", messageId);
		status.put("direction", "outbound");
		status.put("type", message.getOrDefault("type", "template"));
		status.put("content", message.getOrDefault("content", Map.of()));
		status.put("status", "delivered");
		status.put("delivered", true);
		status.put("delivered_at", now);
		status.put("read", false);
		status.put("failed", false);
		status.put("rejected", false);
		status.put("created", now);
		status.put("updated", now);
		status.put("sent_at", now);
		status.put("to", number);
		this.whatsApps.put(messageId, status);
		return messageId;
	}

	/**
	 * Record that a mail was opened, as its tracking shows it.
	 * @param messageId the message id
	 * @param at when
	 */
	void mailOpened(String messageId, Instant at) {
		Map<String, Object> status = this.mails.get(messageId);
		if (status != null) {
			status.put("open", true);
			status.merge("opened_count", 1, (count, one) -> (Integer) count + 1);
			List<Object> logs = new ArrayList<>((List<?>) status.getOrDefault("tracking_logs", List.of()));
			logs.add(Map.of("created", at.toString(), "type", "OPEN"));
			status.put("tracking_logs", List.copyOf(logs));
		}
	}

	/**
	 * Record that a mail bounced: not delivered after all.
	 * @param messageId the message id
	 * @param at when
	 */
	void mailBounced(String messageId, Instant at) {
		Map<String, Object> status = this.mails.get(messageId);
		if (status != null) {
			status.put("bounced", true);
			status.put("bounced_at", at.toString());
			status.put("bounced_error", "550 5.1.1 mailbox unavailable (emulated bounce)");
			status.put("delivered", false);
			status.put("delivered_at", null);
			status.put("failed", true);
			status.put("SMTP_code", "550");
		}
	}

	@Nullable Map<String, Object> mail(String messageId) {
		return this.mails.get(messageId);
	}

	@Nullable Map<String, Object> whatsApp(String messageId) {
		return this.whatsApps.get(messageId);
	}

	void clear() {
		this.mails.clear();
		this.whatsApps.clear();
	}

	private static Map<String, Map<String, Object>> bounded(int maxKept) {
		return new LinkedHashMap<>() {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
				return size() > maxKept;
			}

		};
	}

}
