package com.cocoonmail.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Cocoonmail workspace in memory: answers every endpoint of the wire format as
 * Cocoonmail does (message ids, statuses, quotas, contacts, lists, custom fields) and
 * keeps what it was sent, the newest up to a bound. It checks neither the key nor the
 * rate limit: {@link CocoonmailEmulator} does that in front of it. Thread-safe.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class InMemoryCocoonmail {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final int DAILY_LIMIT = 1000;

	private static final int MONTHLY_LIMIT = 30000;

	private final int maxKept;

	private final Map<EmulatorEndpoint, String> paths = new EnumMap<>(EmulatorEndpoint.class);

	private final Deque<EmulatorRequest> received = new ArrayDeque<>();

	private final Map<EmulatorEndpoint, Deque<Map<String, Object>>> accepted = new EnumMap<>(EmulatorEndpoint.class);

	private final Map<EmulatorEndpoint, EmulatorAnswer> fixedAnswers = new EnumMap<>(EmulatorEndpoint.class);

	private final EmulatedMessages messages;

	private final EmulatedContacts contacts = new EmulatedContacts();

	private final List<Map<String, Object>> mailingLists = new ArrayList<>(List.of(Map.of("id", "newsletter", "name",
			"Newsletter", "description", "Everyone who asked for news", "is_public", true)));

	private final List<Map<String, Object>> customFields = new ArrayList<>(
			List.of(Map.of("key", "plan", "label", "Plan", "type", "string")));

	private int mailsSent;

	/**
	 * Create a workspace that keeps everything it is sent.
	 */
	public InMemoryCocoonmail() {
		this(Integer.MAX_VALUE);
	}

	/**
	 * Create a workspace that keeps the newest requests, mails, events and statuses up to
	 * a bound, for long-running use such as a log-only delivery mode.
	 * @param maxKept how many of each to keep
	 */
	public InMemoryCocoonmail(int maxKept) {
		this.maxKept = maxKept;
		this.messages = new EmulatedMessages(maxKept);
		for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
			this.paths.put(endpoint, endpoint.defaultPath());
		}
	}

	/**
	 * Answer the given endpoint on another path, as a client configured with other paths
	 * sends it.
	 * @param endpoint the endpoint
	 * @param path the path
	 * @return this workspace
	 */
	public synchronized InMemoryCocoonmail path(EmulatorEndpoint endpoint, String path) {
		this.paths.put(endpoint, path);
		return this;
	}

	/**
	 * Answer every request to the given endpoint with the given answer instead of the one
	 * Cocoonmail would give, for a test that needs a status or body the workspace does
	 * not produce by itself, such as the status of a message it never sent. The request
	 * is still kept; nothing is accepted.
	 * @param endpoint the endpoint
	 * @param answer the answer, or {@code null} to answer as Cocoonmail again
	 * @return this workspace
	 */
	public synchronized InMemoryCocoonmail answerEvery(EmulatorEndpoint endpoint, @Nullable EmulatorAnswer answer) {
		if (answer != null) {
			this.fixedAnswers.put(endpoint, answer);
		}
		else {
			this.fixedAnswers.remove(endpoint);
		}
		return this;
	}

	/**
	 * Answer a request as Cocoonmail would and keep it.
	 * @param request the request
	 * @return the answer
	 */
	public synchronized EmulatorAnswer answer(EmulatorRequest request) {
		keep(this.received, request);
		EmulatorEndpoint endpoint = endpoint(request);
		if (endpoint == null) {
			return EmulatorAnswer.error(404, "No endpoint " + request.method() + " " + request.path());
		}
		EmulatorAnswer fixed = this.fixedAnswers.get(endpoint);
		if (fixed != null) {
			return fixed;
		}
		try {
			return answer(endpoint, request);
		}
		catch (IllegalArgumentException ex) {
			return EmulatorAnswer.error(400, String.valueOf(ex.getMessage()));
		}
	}

	private @Nullable EmulatorEndpoint endpoint(EmulatorRequest request) {
		String path = (request.path().endsWith("/") && request.path().length() > 1)
				? request.path().substring(0, request.path().length() - 1) : request.path();
		for (Map.Entry<EmulatorEndpoint, String> entry : this.paths.entrySet()) {
			if (entry.getValue().equals(path) && entry.getKey().method().equalsIgnoreCase(request.method())) {
				return entry.getKey();
			}
		}
		return null;
	}

	private EmulatorAnswer answer(EmulatorEndpoint endpoint, EmulatorRequest request) {
		return switch (endpoint) {
			case VALIDATE_API_KEY ->
				ok(200, Map.of("success", true, "workspace_id", "emulator", "workspace_name", "Cocoonmail Emulator"));
			case SEND_MAIL -> withBody(endpoint, request, this::sendMail);
			case SEND_DIRECT_MAIL -> withBody(endpoint, request, this::sendDirectMail);
			case MAIL_STATUS -> status(this.messages.mail(request.query().getOrDefault("message_id", "")),
					"Mail status data fetched successfully");
			case EMAIL_USAGE -> ok(200, Map.of("success", true, "quotas", quotas()));
			case SEND_EVENT -> withBody(endpoint, request, this::sendEvent);
			case VERIFY_EMAIL -> verify(EmulatorJson.readObject(request.body()));
			case SEND_WHATSAPP -> withBody(endpoint, request, this::sendWhatsApp);
			case WHATSAPP_STATUS -> status(this.messages.whatsApp(request.query().getOrDefault("message_id", "")),
					"WhatsappMessage data fetched successfully");
			case CREATE_CONTACT -> this.contacts.create(EmulatorJson.readObject(request.body()));
			case UPDATE_CONTACT -> this.contacts.update(EmulatorJson.readObject(request.body()));
			case FIND_CONTACTS -> this.contacts.find(request.query());
			case DELETE_CONTACT -> this.contacts.delete(EmulatorJson.readObject(request.body()));
			case LIST_CONTACTS -> this.contacts.list(request.query(), request.path());
			case LIST_MAILING_LISTS -> ok(200, List.copyOf(this.mailingLists));
			case LIST_CUSTOM_FIELDS -> ok(200, List.copyOf(this.customFields));
		};
	}

	private EmulatorAnswer withBody(EmulatorEndpoint endpoint, EmulatorRequest request,
			Function<Map<String, Object>, EmulatorAnswer> handler) {
		Map<String, Object> body = EmulatorJson.readObject(request.body());
		EmulatorAnswer answer = handler.apply(body);
		if (answer.status() < 300) {
			keep(this.accepted.computeIfAbsent(endpoint, (key) -> new ArrayDeque<>()), body);
		}
		return answer;
	}

	private EmulatorAnswer sendMail(Map<String, Object> mail) {
		List<String> to = recipients(mail, "to", "email");
		int modes = count(mail, "transactional_id", "template_uuid", "email_content");
		if (modes != 1) {
			return EmulatorAnswer.error(400,
					"exactly one of transactional_id, template_uuid, email_content is required");
		}
		if (!mail.containsKey("transactional_id") && (!mail.containsKey("sender") || !mail.containsKey("subject"))) {
			return EmulatorAnswer.error(400, "sender and subject are required with template_uuid or email_content");
		}
		List<Map<String, Object>> report = new ArrayList<>();
		for (String email : to) {
			report.add(Map.of("to", email, "message_id", this.messages.mailSent(email, mail)));
		}
		this.mailsSent += to.size();
		return ok(201, Map.of("success", true, "failed_recipients", List.of(), "report", report, "quotas", quotas(),
				"message", "Transactional mails sent successfully"));
	}

	private EmulatorAnswer sendDirectMail(Map<String, Object> mail) {
		List<String> to = recipients(mail, "to", "email");
		if (!mail.containsKey("email_content") || !mail.containsKey("sender") || !mail.containsKey("subject")) {
			return EmulatorAnswer.error(400, "email_content, sender and subject are required");
		}
		this.mailsSent += to.size();
		return ok(201, Map.of("success", true, "message", "Direct transactional email send completed",
				"sent_recipients", to, "failed_recipients", List.of(), "invalid_recipients", List.of()));
	}

	private EmulatorAnswer sendEvent(Map<String, Object> event) {
		if (EmulatorJson.text(event, "event_name").isEmpty() || !isEmail(EmulatorJson.text(event, "email"))) {
			return EmulatorAnswer.error(400, "event_name and a valid email are required");
		}
		return ok(201, Map.of("success", true, "id", UUID.randomUUID().toString()));
	}

	private EmulatorAnswer sendWhatsApp(Map<String, Object> message) {
		List<String> numbers = recipients(message, "recipient", "whatsapp_number");
		if (EmulatorJson.text(message, "from_number").isEmpty()) {
			return EmulatorAnswer.error(400, "from_number is required");
		}
		List<Map<String, Object>> report = numbers.stream()
			.<Map<String, Object>>map(
					(number) -> Map.of("to", number, "message_id", this.messages.whatsAppSent(number, message)))
			.toList();
		return ok(200,
				Map.of("success", true, "failed_recipients", List.of(), "report", report, "quotas",
						Map.of("MAX_WHATSAPP_SEND_PER_MONTH", Map.of("limit", "1000", "usage", "0")), "message",
						"Transactional WhatsApp messages sent successfully."));
	}

	private EmulatorAnswer verify(Map<String, Object> body) {
		String email = EmulatorJson.text(body, "email");
		if (email.isEmpty()) {
			return EmulatorAnswer.error(400, "email is required");
		}
		return ok(200, Map.of("message", "Email successfully verified", "data", Map.of("email", email, "status",
				isEmail(email) ? "safe" : "invalid", "checked_at", Instant.now().toString())));
	}

	private static EmulatorAnswer status(@Nullable Map<String, Object> status, String message) {
		if (status == null) {
			return EmulatorAnswer.error(404, "No message with this message_id");
		}
		return ok(200, Map.of("message", message, "data", status));
	}

	private Map<String, Object> quotas() {
		return Map.of("MAX_SEND_MAIL_PER_DAY", quota(DAILY_LIMIT), "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL",
				quota(MONTHLY_LIMIT));
	}

	private Map<String, Object> quota(int limit) {
		return Map.of("limit", String.valueOf(limit), "usage", String.valueOf(this.mailsSent));
	}

	private static List<String> recipients(Map<String, Object> body, String field, String address) {
		List<?> recipients = EmulatorJson.list(body, field);
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException(field + " must list at least one recipient");
		}
		List<String> addresses = new ArrayList<>();
		for (Object recipient : recipients) {
			String value = EmulatorJson.text(EmulatorJson.map(recipient), address);
			if (value.isEmpty() || ("email".equals(address) && !isEmail(value))) {
				throw new IllegalArgumentException(field + "[]." + address + " is missing or invalid: '" + value + "'");
			}
			addresses.add(value);
		}
		return addresses;
	}

	private static int count(Map<String, Object> body, String... fields) {
		int count = 0;
		for (String field : fields) {
			if (body.get(field) != null) {
				count++;
			}
		}
		return count;
	}

	private static boolean isEmail(String value) {
		return EMAIL.matcher(value).matches();
	}

	static EmulatorAnswer ok(int status, Object body) {
		return new EmulatorAnswer(status, Map.of(), EmulatorJson.write(body));
	}

	private <T> void keep(Deque<T> kept, T value) {
		kept.addLast(value);
		while (kept.size() > this.maxKept) {
			kept.removeFirst();
		}
	}

	/**
	 * Add a mailing list to those listed.
	 * @param id the list id
	 * @param name the list name
	 * @param isPublic whether the list is public
	 * @return this workspace
	 */
	public synchronized InMemoryCocoonmail addMailingList(String id, String name, boolean isPublic) {
		this.mailingLists.add(Map.of("id", id, "name", name, "is_public", isPublic));
		return this;
	}

	/**
	 * Add a custom field to those listed.
	 * @param key the key
	 * @param label the label
	 * @param type {@code string}, {@code number}, {@code boolean} or {@code date}
	 * @return this workspace
	 */
	public synchronized InMemoryCocoonmail addCustomField(String key, String label, String type) {
		this.customFields.add(Map.of("key", key, "label", label, "type", type));
		return this;
	}

	/**
	 * Return every request answered, in arrival order.
	 * @return the requests
	 */
	public synchronized List<EmulatorRequest> received() {
		return List.copyOf(this.received);
	}

	/**
	 * Return the bodies of the requests the given endpoint accepted, in arrival order.
	 * @param endpoint the endpoint
	 * @return the bodies as JSON objects
	 */
	public synchronized List<Map<String, Object>> accepted(EmulatorEndpoint endpoint) {
		Deque<Map<String, Object>> bodies = this.accepted.get(endpoint);
		return (bodies != null) ? List.copyOf(bodies) : List.of();
	}

	/**
	 * Return the transactional mails accepted, as their JSON bodies.
	 * @return the mails
	 */
	public List<Map<String, Object>> mails() {
		return accepted(EmulatorEndpoint.SEND_MAIL);
	}

	/**
	 * Return the events accepted, as their JSON bodies.
	 * @return the events
	 */
	public List<Map<String, Object>> events() {
		return accepted(EmulatorEndpoint.SEND_EVENT);
	}

	/**
	 * Return the contacts of the workspace.
	 * @return the contacts, as JSON objects with their {@code id}
	 */
	public synchronized List<Map<String, Object>> contacts() {
		return this.contacts.all();
	}

	/**
	 * Return the status of a mail sent.
	 * @param messageId the message id from the send's report
	 * @return the status as the {@code data} of {@code /webhook/mail/status}, or an empty
	 * map if unknown
	 */
	public synchronized Map<String, Object> mailStatus(String messageId) {
		Map<String, Object> status = this.messages.mail(messageId);
		return (status != null) ? new LinkedHashMap<>(status) : Map.of();
	}

	/**
	 * Record in a mail's status what a webhook about it tells ({@code email.opened},
	 * {@code email.bounced}); other webhooks change nothing.
	 * @param webhook the webhook
	 */
	synchronized void tracked(EmulatorWebhook webhook) {
		String messageId = webhook.headers().get("x-cocoon-email-message-id");
		if (messageId == null) {
			return;
		}
		switch (webhook.type()) {
			case "email.opened" -> this.messages.mailOpened(messageId, webhook.occurredAt());
			case "email.bounced" -> this.messages.mailBounced(messageId, webhook.occurredAt());
			default -> {
			}
		}
	}

	/**
	 * Forget everything received, sent and stored.
	 */
	public synchronized void clear() {
		this.received.clear();
		this.accepted.clear();
		this.messages.clear();
		this.contacts.clear();
		this.mailsSent = 0;
	}

}
