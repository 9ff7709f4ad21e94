package com.cocoonmail.sample.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * What the emulator received: events, mails and each mail's status.
 *
 * @author Cocoonmail Team
 */
public class EmulatorStore {

	private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

	private final List<Map<String, Object>> mails = new CopyOnWriteArrayList<>();

	private final Map<String, Map<String, Object>> statuses = new ConcurrentHashMap<>();

	void addEvent(Map<String, Object> event) {
		this.events.add(event);
	}

	void addMail(Map<String, Object> mail) {
		this.mails.add(mail);
	}

	void addStatus(String messageId, String email, Map<String, Object> mail) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("x_message_id", messageId);
		status.put("email", email);
		status.put("subject", mail.getOrDefault("subject", "Transactional mail"));
		status.put("transactional_mail_id", mail.get("transactional_id"));
		status.put("sent", true);
		status.put("sent_at", Instant.now().toString());
		status.put("delivered", true);
		status.put("delivered_at", Instant.now().toString());
		status.put("bounced", false);
		status.put("open", false);
		status.put("opened_count", 0);
		status.put("clicked", false);
		status.put("clicked_count", 0);
		status.put("SMTP_code", "250");
		status.put("tracking_logs", List.of());
		this.statuses.put(messageId, status);
	}

	/**
	 * Return every event received, as its JSON body.
	 * @return the events
	 */
	public List<Map<String, Object>> events() {
		return List.copyOf(this.events);
	}

	/**
	 * Return every transactional mail received, as its JSON body.
	 * @return the mails
	 */
	public List<Map<String, Object>> mails() {
		return List.copyOf(this.mails);
	}

	@Nullable Map<String, Object> status(String messageId) {
		return this.statuses.get(messageId);
	}

}
