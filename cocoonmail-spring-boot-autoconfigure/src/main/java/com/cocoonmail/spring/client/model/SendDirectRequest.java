package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Collection;
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
	public static final class Builder {

		private @Nullable String emailContent;

		private @Nullable String sender;

		private @Nullable String subject;

		private final List<Recipient> to = new ArrayList<>();

		private @Nullable String replyTo;

		private final List<String> cc = new ArrayList<>();

		private final List<Attachment> attachments = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Set the HTML or text content.
		 * @param emailContent the content of the mail
		 * @return this builder
		 */
		public Builder emailContent(@Nullable String emailContent) {
			this.emailContent = emailContent;
			return this;
		}

		/**
		 * Set the sender's email address.
		 * @param sender the sender's email address
		 * @return this builder
		 */
		public Builder sender(@Nullable String sender) {
			this.sender = sender;
			return this;
		}

		/**
		 * Set the subject line.
		 * @param subject the subject line
		 * @return this builder
		 */
		public Builder subject(@Nullable String subject) {
			this.subject = subject;
			return this;
		}

		/**
		 * Add a recipient.
		 * @param recipient the recipient
		 * @return this builder
		 */
		public Builder to(Recipient recipient) {
			this.to.add(recipient);
			return this;
		}

		/**
		 * Add a recipient with only an email address.
		 * @param email the email address
		 * @return this builder
		 */
		public Builder to(String email) {
			return to(Recipient.of(email));
		}

		/**
		 * Add the given recipients.
		 * @param recipients the recipients
		 * @return this builder
		 */
		public Builder to(Collection<Recipient> recipients) {
			this.to.addAll(recipients);
			return this;
		}

		/**
		 * Set the reply-to email address.
		 * @param replyTo the reply-to email address
		 * @return this builder
		 */
		public Builder replyTo(@Nullable String replyTo) {
			this.replyTo = replyTo;
			return this;
		}

		/**
		 * Add an email address to copy.
		 * @param email the email address
		 * @return this builder
		 */
		public Builder cc(String email) {
			this.cc.add(email);
			return this;
		}

		/**
		 * Add the given email addresses to copy.
		 * @param emails the email addresses
		 * @return this builder
		 */
		public Builder cc(Collection<String> emails) {
			this.cc.addAll(emails);
			return this;
		}

		/**
		 * Add an inline attachment.
		 * @param attachment the attachment
		 * @return this builder
		 */
		public Builder attachment(Attachment attachment) {
			this.attachments.add(attachment);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendDirectRequest build() {
			return new SendDirectRequest(this.emailContent, this.sender, this.subject, ModelCollections.copyOf(this.to),
					this.replyTo, ModelCollections.copyOf(this.cc), ModelCollections.copyOf(this.attachments));
		}

	}

}
