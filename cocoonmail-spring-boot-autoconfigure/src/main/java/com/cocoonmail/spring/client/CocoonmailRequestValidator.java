package com.cocoonmail.spring.client;

import java.util.List;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.Attachment;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.WhatsAppContent;
import com.cocoonmail.spring.client.model.WhatsAppRecipient;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Checks requests against Cocoonmail's documented rules before anything is sent.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailRequestValidator {

	private CocoonmailRequestValidator() {
	}

	/**
	 * Check a transactional mail: exactly one of {@code email_content},
	 * {@code template_uuid} and {@code transactional_id}; {@code sender} and
	 * {@code subject} unless a transactional template is used; at least one recipient;
	 * well-formed addresses; an ISO-8601 {@code scheduled_at}.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validate(@Nullable SendMailRequest request) {
		RequestProblems problems = RequestProblems.of("SendMailRequest");
		if (request == null) {
			problems.add("request", "must not be null").throwIfAny();
			return;
		}
		long modes = Stream.of(request.emailContent(), request.templateUuid(), request.transactionalId())
			.filter(StringUtils::hasText)
			.count();
		if (modes != 1) {
			problems.add("email_content/template_uuid/transactional_id", "exactly one must be set, found " + modes);
		}
		if (StringUtils.hasText(request.emailContent()) || StringUtils.hasText(request.templateUuid())) {
			problems.requiredEmail("sender", request.sender()).required("subject", request.subject());
		}
		else {
			problems.email("sender", request.sender());
		}
		recipients(problems, request.to());
		problems.email("reply_to", request.replyTo())
			.emails("cc", request.cc())
			.isoInstant("scheduled_at", request.scheduledAt());
		attachments(problems, request.attachments());
		problems.throwIfAny();
	}

	/**
	 * Check a direct mail: {@code email_content}, {@code sender}, {@code subject} and at
	 * least one recipient, with well-formed addresses.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validate(@Nullable SendDirectRequest request) {
		RequestProblems problems = RequestProblems.of("SendDirectRequest");
		if (request == null) {
			problems.add("request", "must not be null").throwIfAny();
			return;
		}
		problems.required("email_content", request.emailContent())
			.requiredEmail("sender", request.sender())
			.required("subject", request.subject());
		recipients(problems, request.to());
		problems.email("reply_to", request.replyTo()).emails("cc", request.cc());
		attachments(problems, request.attachments());
		problems.throwIfAny();
	}

	/**
	 * Check an event: an {@code event_name} and a well-formed {@code email}.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validate(@Nullable SendEventRequest request) {
		RequestProblems problems = RequestProblems.of("SendEventRequest");
		if (request == null) {
			problems.add("request", "must not be null").throwIfAny();
			return;
		}
		problems.required("event_name", request.eventName()).requiredEmail("email", request.email()).throwIfAny();
	}

	/**
	 * Check a WhatsApp message: a {@code from_number}, a template name and language or a
	 * text body, and at least one recipient with a WhatsApp number.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validate(@Nullable SendWhatsAppRequest request) {
		RequestProblems problems = RequestProblems.of("SendWhatsAppRequest");
		if (request == null) {
			problems.add("request", "must not be null").throwIfAny();
			return;
		}
		problems.required("from_number", request.fromNumber());
		WhatsAppContent content = request.content();
		if ("template".equals(request.type())) {
			problems.required("content.template_name", (content != null) ? content.templateName() : null)
				.required("content.template_language", (content != null) ? content.templateLanguage() : null);
		}
		else if ("text".equals(request.type())) {
			problems.required("content.body", (content != null) ? content.body() : null);
		}
		else {
			problems.add("type", "must be 'template' or 'text', was '" + request.type() + "'");
		}
		List<WhatsAppRecipient> recipients = request.recipient();
		problems.notEmpty("recipient", recipients);
		if (recipients != null) {
			for (int i = 0; i < recipients.size(); i++) {
				WhatsAppRecipient recipient = recipients.get(i);
				problems.required("recipient[" + i + "].whatsapp_number", recipient.whatsappNumber())
					.email("recipient[" + i + "].email", recipient.email());
			}
		}
		problems.throwIfAny();
	}

	/**
	 * Check a contact to create: a well-formed {@code email}.
	 * @param contact the contact
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validateNew(@Nullable Contact contact) {
		RequestProblems problems = RequestProblems.of("Contact");
		if (contact == null) {
			problems.add("contact", "must not be null").throwIfAny();
			return;
		}
		problems.requiredEmail("email", contact.email()).throwIfAny();
	}

	/**
	 * Check a contact to update: an {@code email} or a {@code user_id}.
	 * @param contact the contact
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validateUpdate(@Nullable Contact contact) {
		RequestProblems problems = RequestProblems.of("Contact");
		if (contact == null) {
			problems.add("contact", "must not be null").throwIfAny();
			return;
		}
		if (!StringUtils.hasText(contact.email()) && !StringUtils.hasText(contact.userId())) {
			problems.add("email/user_id", "one of them is required to identify the contact");
		}
		problems.email("email", contact.email()).throwIfAny();
	}

	/**
	 * Check a contact lookup: exactly one of {@code email} and {@code user_id}.
	 * @param lookup the lookup
	 * @throws CocoonmailValidationException listing every problem found
	 */
	static void validate(@Nullable ContactLookup lookup) {
		RequestProblems problems = RequestProblems.of("ContactLookup");
		if (lookup == null) {
			problems.add("lookup", "must not be null").throwIfAny();
			return;
		}
		if (StringUtils.hasText(lookup.email()) == StringUtils.hasText(lookup.userId())) {
			problems.add("email/user_id", "exactly one must be set");
		}
		problems.email("email", lookup.email()).throwIfAny();
	}

	/**
	 * Check a single required value, such as a message id or an email to verify.
	 * @param subject what is checked, for the exception message
	 * @param field the wire name of the value
	 * @param value the value
	 * @param mustBeEmail whether the value must be a well-formed email address
	 * @throws CocoonmailValidationException if the value is blank or malformed
	 */
	static void validateValue(String subject, String field, @Nullable String value, boolean mustBeEmail) {
		RequestProblems problems = RequestProblems.of(subject);
		if (mustBeEmail) {
			problems.requiredEmail(field, value);
		}
		else {
			problems.required(field, value);
		}
		problems.throwIfAny();
	}

	private static void recipients(RequestProblems problems, @Nullable List<Recipient> recipients) {
		problems.notEmpty("to", recipients);
		if (recipients != null) {
			for (int i = 0; i < recipients.size(); i++) {
				Recipient recipient = recipients.get(i);
				if (recipient == null) {
					problems.add("to[" + i + "]", "must not be null");
				}
				else {
					problems.requiredEmail("to[" + i + "].email", recipient.email());
				}
			}
		}
	}

	private static void attachments(RequestProblems problems, @Nullable List<Attachment> attachments) {
		if (attachments != null) {
			for (int i = 0; i < attachments.size(); i++) {
				Attachment attachment = attachments.get(i);
				problems.required("attachments[" + i + "].filename", attachment.filename())
					.required("attachments[" + i + "].data", attachment.data());
			}
		}
	}

}
