package com.cocoonmail.spring.delivery;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The recipients of a request as they appear on the wire: {@code to[].email} and
 * {@code cc[]} of a mail, {@code email} of an event; and the rewriting of them to one
 * address.
 *
 * @author Cocoonmail Team
 */
final class WireRecipients {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SEND_MAIL = "/webhook/mail/send";

	private static final String SEND_DIRECT_MAIL = "/webhook/mail/send-direct";

	private static final String SEND_EVENT = "/webhook/event/send";

	private WireRecipients() {
	}

	/**
	 * Return whether requests to this path have recipients.
	 * @param path the request path
	 * @return whether it is a mail or an event
	 */
	static boolean hasRecipients(String path) {
		return isMail(path) || path.endsWith(SEND_EVENT);
	}

	static boolean isMail(String path) {
		return path.endsWith(SEND_MAIL) || path.endsWith(SEND_DIRECT_MAIL);
	}

	/**
	 * Return the addresses the request goes to, copies included.
	 * @param path the request path
	 * @param body the request body
	 * @return the addresses
	 */
	static List<String> of(String path, JsonNode body) {
		List<String> recipients = new ArrayList<>();
		if (isMail(path)) {
			body.path("to").forEach((recipient) -> add(recipients, recipient.path("email")));
			body.path("cc").forEach((copy) -> add(recipients, copy));
		}
		else if (path.endsWith(SEND_EVENT)) {
			add(recipients, body.path("email"));
		}
		return recipients;
	}

	private static void add(List<String> recipients, JsonNode address) {
		if (address.isString() && !address.asString().isEmpty()) {
			recipients.add(address.asString());
		}
	}

	/**
	 * Send the request to one address instead: every {@code to[].email} (or the event's
	 * {@code email}) becomes that address and copies are dropped.
	 * @param path the request path
	 * @param body the request body, changed in place
	 * @param address the address
	 */
	static void redirect(String path, ObjectNode body, String address) {
		if (isMail(path)) {
			body.path("to").forEach((recipient) -> {
				if (recipient instanceof ObjectNode object) {
					object.put("email", address);
				}
			});
			body.remove("cc");
		}
		else if (path.endsWith(SEND_EVENT)) {
			body.put("email", address);
		}
	}

	/**
	 * Put the original recipients back into the answer to a redirected mail, so that
	 * {@code report[].to} (or {@code sent_recipients}) names who the application meant.
	 * @param path the request path
	 * @param answer the answer body
	 * @param originals the original {@code to[].email}, in order
	 * @return the answer body to hand on
	 */
	static String restore(String path, String answer, List<@Nullable String> originals) {
		JsonNode root = JSON.readTree(answer.isBlank() ? "{}" : answer);
		if (!(root instanceof ObjectNode object)) {
			return answer;
		}
		if (root.path("report") instanceof ArrayNode report) {
			for (int i = 0; i < report.size() && i < originals.size(); i++) {
				if (report.get(i) instanceof ObjectNode entry && originals.get(i) != null) {
					entry.put("to", originals.get(i));
				}
			}
		}
		if (path.endsWith(SEND_DIRECT_MAIL) && root.path("sent_recipients").isArray()) {
			ArrayNode sent = object.putArray("sent_recipients");
			originals.forEach((original) -> sent.add(original));
		}
		return JSON.writeValueAsString(root);
	}

	/**
	 * Return the {@code to[].email} of a mail, in order.
	 * @param body the request body
	 * @return the addresses, {@code null} where one is missing
	 */
	static List<@Nullable String> to(JsonNode body) {
		List<@Nullable String> to = new ArrayList<>();
		body.path("to").forEach((recipient) -> {
			JsonNode email = recipient.path("email");
			to.add(email.isString() ? email.asString() : null);
		});
		return to;
	}

	/**
	 * Return the domain of an address, for logging without personal data.
	 * @param address the address
	 * @return the part after the last {@code @}, or {@code ?}
	 */
	static String domain(String address) {
		int at = address.lastIndexOf('@');
		return (at >= 0 && at < address.length() - 1) ? address.substring(at + 1) : "?";
	}

}
