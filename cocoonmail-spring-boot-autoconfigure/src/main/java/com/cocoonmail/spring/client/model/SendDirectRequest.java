package com.cocoonmail.spring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /webhook/mail/send-direct}: a mail delivered without Cocoonmail
 * storing reports or analytics, so it cannot be looked up afterwards.
 *
 * @param emailContent the HTML or text content of the mail
 * @param sender the sender's email address
 * @param subject the subject line
 * @param to the recipients
 * @param replyTo the reply-to email address
 * @param cc the email addresses to copy
 * @param attachments the inline attachments
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDirectRequest(@JsonProperty("email_content") @Nullable String emailContent, @Nullable String sender,
		@Nullable String subject, @Nullable List<Recipient> to, @JsonProperty("reply_to") @Nullable String replyTo,
		@Nullable List<String> cc, @Nullable List<Attachment> attachments) {

	/**
	 * Return a builder for a send-direct request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link SendDirectRequest}. It assembles the request only; the client
	 * validates it before sending.
	 */
	public static final class Builder extends SendMailRequest.MailBuilder<Builder> {

		private Builder() {
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendDirectRequest build() {
			return new SendDirectRequest(getEmailContent(), getSender(), getSubject(), getTo(), getReplyTo(), getCc(),
					getAttachments());
		}

	}

}
