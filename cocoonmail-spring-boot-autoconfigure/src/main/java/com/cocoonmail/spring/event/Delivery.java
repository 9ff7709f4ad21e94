package com.cocoonmail.spring.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One validated request the bridge is to send, with the published object it came from and
 * the recipients it must stay in order with.
 *
 * @param source the published object the request was made from
 * @param kind the kind of request
 * @param request the {@link SendEventRequest} or {@link SendMailRequest}
 * @param recipients the lower-cased email addresses the request is for
 * @author Cocoonmail Team
 */
record Delivery(Object source, CocoonmailDeliveryKind kind, Object request, List<String> recipients) {

	/**
	 * Validate an event request and return its delivery.
	 * @param source the published object
	 * @param request the request
	 * @return the delivery
	 * @throws com.cocoonmail.spring.client.CocoonmailValidationException if the request
	 * is invalid
	 */
	static Delivery of(Object source, SendEventRequest request) {
		CocoonmailClient.validate(request);
		String email = request.email();
		List<String> recipients = (email != null) ? List.of(key(email)) : List.of();
		return new Delivery(source, CocoonmailDeliveryKind.EVENT, request, recipients);
	}

	/**
	 * Validate a mail request and return its delivery.
	 * @param source the published object
	 * @param request the request
	 * @return the delivery
	 * @throws com.cocoonmail.spring.client.CocoonmailValidationException if the request
	 * is invalid
	 */
	static Delivery of(Object source, SendMailRequest request) {
		CocoonmailClient.validate(request);
		Set<String> recipients = new LinkedHashSet<>();
		if (request.to() != null) {
			for (Recipient recipient : request.to()) {
				String email = recipient.email();
				if (email != null) {
					recipients.add(key(email));
				}
			}
		}
		return new Delivery(source, CocoonmailDeliveryKind.MAIL, request, List.copyOf(recipients));
	}

	private static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the idempotency key of the request, scoped by its kind so that the event and
	 * the mail of one annotated object may share a key.
	 * @return the scoped key, or {@code null} when the request has none
	 */
	@Nullable String idempotencyKey() {
		String key = (this.request instanceof SendEventRequest event) ? event.idempotencyKey()
				: ((SendMailRequest) this.request).idempotencyKey();
		return (key != null) ? this.kind.name().toLowerCase(Locale.ROOT) + ":" + key : null;
	}

	/**
	 * Describe the recipients for a log message without revealing their addresses: the
	 * first letter and the domain of each, for example {@code a***@example.com}.
	 * @return the description
	 */
	String describeRecipients() {
		if (this.recipients.isEmpty()) {
			return "no recipient";
		}
		return String.join(", ", this.recipients.stream().map(Delivery::mask).toList());
	}

	private static String mask(String email) {
		int at = email.lastIndexOf('@');
		return (at > 0) ? email.charAt(0) + "***" + email.substring(at) : "***";
	}

	/**
	 * Return a publisher that sends the request when subscribed to.
	 * @param operations the client
	 * @return the answer of Cocoonmail
	 */
	Mono<?> send(CocoonmailOperations operations) {
		if (this.request instanceof SendEventRequest event) {
			return operations.sendEvent(event);
		}
		return operations.sendMail((SendMailRequest) this.request);
	}

	/**
	 * Describe a request for a log message, without any email address.
	 * @param kind the kind of request
	 * @param request the request, if it could be made
	 * @return the description
	 */
	static String describe(CocoonmailDeliveryKind kind, @Nullable Object request) {
		if (request instanceof SendEventRequest event) {
			return "event '" + event.eventName() + "'";
		}
		if (request instanceof SendMailRequest mail && mail.transactionalId() != null) {
			return "mail '" + mail.transactionalId() + "'";
		}
		return (kind == CocoonmailDeliveryKind.EVENT) ? "event" : "mail";
	}

}
