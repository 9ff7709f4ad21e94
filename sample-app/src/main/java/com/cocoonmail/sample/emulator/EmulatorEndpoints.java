package com.cocoonmail.sample.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documented Cocoonmail endpoints, answered from an {@link EmulatorStore}.
 *
 * @author Cocoonmail Team
 */
class EmulatorEndpoints {

	private static final Map<String, Object> QUOTAS = Map.of("MAX_SEND_MAIL_PER_DAY",
			Map.of("limit", "1000", "usage", "0"), "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL",
			Map.of("limit", "30000", "usage", "0"));

	private final EmulatorStore store;

	EmulatorEndpoints(EmulatorStore store) {
		this.store = store;
	}

	EmulatorAnswer validate() {
		return new EmulatorAnswer(200,
				Map.of("success", true, "workspace_id", "emulator", "workspace_name", "Cocoonmail Emulator"));
	}

	EmulatorAnswer sendMail(Map<String, Object> mail) {
		List<?> to = (mail.get("to") instanceof List<?> list) ? list : List.of();
		if (to.isEmpty() || !mail.containsKey("transactional_id") && !mail.containsKey("email_content")
				&& !mail.containsKey("template_uuid")) {
			return badRequest("to and one of transactional_id, template_uuid, email_content are required");
		}
		this.store.addMail(mail);
		List<Map<String, Object>> report = to.stream().map((recipient) -> {
			String email = String.valueOf(((Map<?, ?>) recipient).get("email"));
			String messageId = UUID.randomUUID().toString();
			this.store.addStatus(messageId, email, mail);
			return Map.<String, Object>of("to", email, "message_id", messageId);
		}).toList();
		return new EmulatorAnswer(201, Map.of("success", true, "failed_recipients", List.of(), "report", report,
				"quotas", QUOTAS, "message", "Transactional mails sent successfully"));
	}

	EmulatorAnswer sendEvent(Map<String, Object> event) {
		if (!event.containsKey("event_name") || !event.containsKey("email")) {
			return badRequest("event_name and email are required");
		}
		this.store.addEvent(event);
		return new EmulatorAnswer(201, Map.of("success", true, "id", UUID.randomUUID().toString()));
	}

	EmulatorAnswer mailStatus(String messageId) {
		Map<String, Object> status = this.store.status(messageId);
		if (status == null) {
			return new EmulatorAnswer(404, Map.of("success", false, "message", "No mail with id " + messageId));
		}
		return new EmulatorAnswer(200, Map.of("message", "Mail status data fetched successfully", "data", status));
	}

	EmulatorAnswer usage() {
		return new EmulatorAnswer(200, Map.of("success", true, "quotas", QUOTAS));
	}

	EmulatorAnswer verify(Map<String, Object> body) {
		Object email = body.get("email");
		String status = (email instanceof String text && text.contains("@")) ? "safe" : "invalid";
		return new EmulatorAnswer(200, Map.of("message", "Email successfully verified", "data",
				Map.of("email", String.valueOf(email), "status", status, "checked_at", Instant.now().toString())));
	}

	private static EmulatorAnswer badRequest(String message) {
		return new EmulatorAnswer(400, Map.of("success", false, "message", message));
	}

}
