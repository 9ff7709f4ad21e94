package com.cocoonmail.spring.delivery;

import java.util.List;

import com.cocoonmail.spring.client.CocoonmailException;

/**
 * A request was not sent because a recipient is outside
 * {@code cocoonmail.delivery.allowed-recipients}. Never retried: nothing reached
 * Cocoonmail.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailRecipientNotAllowedException extends CocoonmailException {

	private final List<String> refusedRecipients;

	/**
	 * Create a new instance.
	 * @param refusedRecipients the recipients outside the allowed patterns
	 * @param allowedRecipients the allowed patterns
	 */
	public CocoonmailRecipientNotAllowedException(List<String> refusedRecipients, List<String> allowedRecipients) {
		super("Not sent: " + refusedRecipients + " not allowed by cocoonmail.delivery.allowed-recipients "
				+ allowedRecipients + "; add a matching pattern or set cocoonmail.delivery.redirect-to", null, false);
		this.refusedRecipients = List.copyOf(refusedRecipients);
	}

	/**
	 * Return the recipients that were refused.
	 * @return the recipients
	 */
	public List<String> getRefusedRecipients() {
		return this.refusedRecipients;
	}

}
