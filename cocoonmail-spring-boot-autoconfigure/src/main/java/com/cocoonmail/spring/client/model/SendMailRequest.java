package com.cocoonmail.spring.client.model;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /webhook/mail/send}. A mail is sent in exactly one of three modes:
 * raw content ({@code emailContent}, {@code sender}, {@code subject}), a custom template
 * ({@code templateUuid}, {@code sender}, {@code subject}) or a predefined transactional
 * template ({@code transactionalId}); {@code to} is always required.
 *
 * @param transactionalId the id of a predefined transactional template
 * @param templateUuid the UUID of a custom template
 * @param emailContent the HTML or text content of the mail
 * @param sender the sender's email address
 * @param subject the subject line
 * @param to the recipients
 * @param replyTo the reply-to email address
 * @param cc the email addresses to copy
 * @param customParameter the values of the template's merge tags
 * @param attachments the inline attachments
 * @param remoteAttachments the attachments Cocoonmail fetches by link
 * @param addEmailAddressToContact whether to add the recipients to the contacts
 * @param scheduledAt when to send the mail, as ISO-8601 text
 * @param allowClickTracking whether to track link clicks
 * @param allowOpenTracking whether to track opens
 * @param ignoreContactBounce whether to send even to addresses that bounced before
 * @param ignoreContactUnsubscribe whether to send even to recipients who unsubscribed
 * @param enableViewInBrowser whether to offer a view-in-browser link
 * @param includeUnsubscribe whether to include an unsubscribe link in the footer
 * @param tags the tags of the mail
 * @param idempotencyKey the key under which the event bridge sends the request once
 * within {@code cocoonmail.events.dedupe-window}; never sent to Cocoonmail
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMailRequest(@JsonProperty("transactional_id") @Nullable String transactionalId,
		@JsonProperty("template_uuid") @Nullable String templateUuid,
		@JsonProperty("email_content") @Nullable String emailContent, @Nullable String sender, @Nullable String subject,
		@Nullable List<Recipient> to, @JsonProperty("reply_to") @Nullable String replyTo, @Nullable List<String> cc,
		@JsonProperty("custom_parameter") @Nullable Map<String, Object> customParameter,
		@Nullable List<Attachment> attachments,
		@JsonProperty("attachments_remote") @Nullable List<RemoteAttachment> remoteAttachments,
		@JsonProperty("add_email_address_to_contact") @Nullable Boolean addEmailAddressToContact,
		@JsonProperty("scheduled_at") @Nullable String scheduledAt,
		@JsonProperty("allow_click_tracking") @Nullable Boolean allowClickTracking,
		@JsonProperty("allow_open_tracking") @Nullable Boolean allowOpenTracking,
		@JsonProperty("ignore_contact_bounce") @Nullable Boolean ignoreContactBounce,
		@JsonProperty("ignore_contact_unsubscribe") @Nullable Boolean ignoreContactUnsubscribe,
		@JsonProperty("enable_view_in_browser") @Nullable Boolean enableViewInBrowser,
		@JsonProperty("include_unsubscribe") @Nullable Boolean includeUnsubscribe, @Nullable List<String> tags,
		@JsonIgnore @Nullable String idempotencyKey) {

	/**
	 * Return a builder for a send-mail request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link SendMailRequest}. It assembles the request only; the client
	 * validates it before sending.
	 */
	public static final class Builder extends MailBuilder<Builder> {

		private @Nullable String transactionalId;

		private @Nullable String templateUuid;

		private final Map<String, Object> customParameter = new LinkedHashMap<>();

		private final List<RemoteAttachment> remoteAttachments = new ArrayList<>();

		private @Nullable Boolean addEmailAddressToContact;

		private @Nullable String scheduledAt;

		private @Nullable Boolean allowClickTracking;

		private @Nullable Boolean allowOpenTracking;

		private @Nullable Boolean ignoreContactBounce;

		private @Nullable Boolean ignoreContactUnsubscribe;

		private @Nullable Boolean enableViewInBrowser;

		private @Nullable Boolean includeUnsubscribe;

		private final List<String> tags = new ArrayList<>();

		private @Nullable String idempotencyKey;

		private Builder() {
		}

		/**
		 * Send with the predefined transactional template of the given id.
		 * @param transactionalId the id of the transactional template
		 * @return this builder
		 */
		public Builder transactionalId(@Nullable String transactionalId) {
			this.transactionalId = transactionalId;
			return this;
		}

		/**
		 * Send with the custom template of the given UUID.
		 * @param templateUuid the UUID of the custom template
		 * @return this builder
		 */
		public Builder templateUuid(@Nullable String templateUuid) {
			this.templateUuid = templateUuid;
			return this;
		}

		/**
		 * Add the value of a merge tag.
		 * @param name the name of the merge tag
		 * @param value the value
		 * @return this builder
		 */
		public Builder customParameter(String name, Object value) {
			this.customParameter.put(name, value);
			return this;
		}

		/**
		 * Add the values of the given merge tags.
		 * @param parameters the values by merge tag name
		 * @return this builder
		 */
		public Builder customParameters(Map<String, ?> parameters) {
			this.customParameter.putAll(parameters);
			return this;
		}

		/**
		 * Add an attachment that Cocoonmail fetches by link.
		 * @param attachment the remote attachment
		 * @return this builder
		 */
		public Builder remoteAttachment(RemoteAttachment attachment) {
			this.remoteAttachments.add(attachment);
			return this;
		}

		/**
		 * Add an attachment that Cocoonmail fetches from the given link.
		 * @param link the URL of the file
		 * @return this builder
		 */
		public Builder remoteAttachment(String link) {
			return remoteAttachment(RemoteAttachment.of(link));
		}

		/**
		 * Set whether to add the recipients to the contacts.
		 * @param addEmailAddressToContact whether to add the recipients to the contacts
		 * @return this builder
		 */
		public Builder addEmailAddressToContact(boolean addEmailAddressToContact) {
			this.addEmailAddressToContact = addEmailAddressToContact;
			return this;
		}

		/**
		 * Schedule the mail for the given instant.
		 * @param scheduledAt when to send the mail
		 * @return this builder
		 */
		public Builder scheduledAt(@Nullable Instant scheduledAt) {
			this.scheduledAt = (scheduledAt != null) ? DateTimeFormatter.ISO_INSTANT.format(scheduledAt) : null;
			return this;
		}

		/**
		 * Schedule the mail for the given ISO-8601 date and time.
		 * @param scheduledAt when to send the mail, as ISO-8601 text
		 * @return this builder
		 */
		public Builder scheduledAt(@Nullable String scheduledAt) {
			this.scheduledAt = scheduledAt;
			return this;
		}

		/**
		 * Set whether to track link clicks.
		 * @param allowClickTracking whether to track link clicks
		 * @return this builder
		 */
		public Builder allowClickTracking(boolean allowClickTracking) {
			this.allowClickTracking = allowClickTracking;
			return this;
		}

		/**
		 * Set whether to track opens.
		 * @param allowOpenTracking whether to track opens
		 * @return this builder
		 */
		public Builder allowOpenTracking(boolean allowOpenTracking) {
			this.allowOpenTracking = allowOpenTracking;
			return this;
		}

		/**
		 * Set whether to send even to addresses that bounced before.
		 * @param ignoreContactBounce whether to ignore previous bounces
		 * @return this builder
		 */
		public Builder ignoreContactBounce(boolean ignoreContactBounce) {
			this.ignoreContactBounce = ignoreContactBounce;
			return this;
		}

		/**
		 * Set whether to send even to recipients who unsubscribed.
		 * @param ignoreContactUnsubscribe whether to ignore unsubscriptions
		 * @return this builder
		 */
		public Builder ignoreContactUnsubscribe(boolean ignoreContactUnsubscribe) {
			this.ignoreContactUnsubscribe = ignoreContactUnsubscribe;
			return this;
		}

		/**
		 * Set whether to offer a view-in-browser link.
		 * @param enableViewInBrowser whether to offer a view-in-browser link
		 * @return this builder
		 */
		public Builder enableViewInBrowser(boolean enableViewInBrowser) {
			this.enableViewInBrowser = enableViewInBrowser;
			return this;
		}

		/**
		 * Set whether to include an unsubscribe link in the footer.
		 * @param includeUnsubscribe whether to include an unsubscribe link
		 * @return this builder
		 */
		public Builder includeUnsubscribe(boolean includeUnsubscribe) {
			this.includeUnsubscribe = includeUnsubscribe;
			return this;
		}

		/**
		 * Add the given tags.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			this.tags.addAll(Arrays.asList(tags));
			return this;
		}

		/**
		 * Add tags.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(Collection<String> tags) {
			this.tags.addAll(tags);
			return this;
		}

		/**
		 * Add a tag.
		 * @param tag the tag
		 * @return this builder
		 */
		public Builder tag(String tag) {
			this.tags.add(tag);
			return this;
		}

		/**
		 * Set the key under which the event bridge sends this request only once within
		 * {@code cocoonmail.events.dedupe-window}. It is not sent to Cocoonmail.
		 * @param idempotencyKey the idempotency key
		 * @return this builder
		 * @since 0.2.0
		 */
		public Builder idempotencyKey(@Nullable String idempotencyKey) {
			this.idempotencyKey = idempotencyKey;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendMailRequest build() {
			return new SendMailRequest(this.transactionalId, this.templateUuid, getEmailContent(), getSender(),
					getSubject(), getTo(), getReplyTo(), getCc(), ModelCollections.copyOf(this.customParameter),
					getAttachments(), ModelCollections.copyOf(this.remoteAttachments), this.addEmailAddressToContact,
					this.scheduledAt, this.allowClickTracking, this.allowOpenTracking, this.ignoreContactBounce,
					this.ignoreContactUnsubscribe, this.enableViewInBrowser, this.includeUnsubscribe,
					ModelCollections.copyOf(this.tags), this.idempotencyKey);
		}

	}

	/**
	 * Base of the builders of {@link SendMailRequest} and {@link SendDirectRequest}: the
	 * content, addresses and attachments that both kinds of mail have. It assembles the
	 * request only; the client validates it before sending.
	 *
	 * @param <B> the type of the concrete builder, returned by every method
	 */
	public abstract static class MailBuilder<B extends MailBuilder<B>> {

		private @Nullable String emailContent;

		private @Nullable String sender;

		private @Nullable String subject;

		private final List<Recipient> to = new ArrayList<>();

		private @Nullable String replyTo;

		private final List<String> cc = new ArrayList<>();

		private final List<Attachment> attachments = new ArrayList<>();

		MailBuilder() {
		}

		/**
		 * Send the given HTML or text content.
		 * @param emailContent the content of the mail
		 * @return this builder
		 */
		public B emailContent(@Nullable String emailContent) {
			this.emailContent = emailContent;
			return self();
		}

		/**
		 * Set the sender's email address.
		 * @param sender the sender's email address
		 * @return this builder
		 */
		public B sender(@Nullable String sender) {
			this.sender = sender;
			return self();
		}

		/**
		 * Set the subject line.
		 * @param subject the subject line
		 * @return this builder
		 */
		public B subject(@Nullable String subject) {
			this.subject = subject;
			return self();
		}

		/**
		 * Add a recipient.
		 * @param recipient the recipient
		 * @return this builder
		 */
		public B to(Recipient recipient) {
			this.to.add(recipient);
			return self();
		}

		/**
		 * Add a recipient with only an email address.
		 * @param email the email address
		 * @return this builder
		 */
		public B to(String email) {
			return to(Recipient.of(email));
		}

		/**
		 * Add the given recipients.
		 * @param recipients the recipients
		 * @return this builder
		 */
		public B to(Collection<Recipient> recipients) {
			this.to.addAll(recipients);
			return self();
		}

		/**
		 * Set the reply-to email address.
		 * @param replyTo the reply-to email address
		 * @return this builder
		 */
		public B replyTo(@Nullable String replyTo) {
			this.replyTo = replyTo;
			return self();
		}

		/**
		 * Add an email address to copy.
		 * @param email the email address
		 * @return this builder
		 */
		public B cc(String email) {
			this.cc.add(email);
			return self();
		}

		/**
		 * Add email addresses to copy.
		 * @param emails the email addresses
		 * @return this builder
		 */
		public B cc(String... emails) {
			return cc(Arrays.asList(emails));
		}

		/**
		 * Add the given email addresses to copy.
		 * @param emails the email addresses
		 * @return this builder
		 */
		public B cc(Collection<String> emails) {
			this.cc.addAll(emails);
			return self();
		}

		/**
		 * Add an inline attachment.
		 * @param attachment the attachment
		 * @return this builder
		 */
		public B attachment(Attachment attachment) {
			this.attachments.add(attachment);
			return self();
		}

		@SuppressWarnings("unchecked")
		private B self() {
			return (B) this;
		}

		@Nullable String getEmailContent() {
			return this.emailContent;
		}

		@Nullable String getSender() {
			return this.sender;
		}

		@Nullable String getSubject() {
			return this.subject;
		}

		/**
		 * Return a copy of the recipients added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable List<Recipient> getTo() {
			return ModelCollections.copyOf(this.to);
		}

		@Nullable String getReplyTo() {
			return this.replyTo;
		}

		/**
		 * Return a copy of the email addresses to copy added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable List<String> getCc() {
			return ModelCollections.copyOf(this.cc);
		}

		/**
		 * Return a copy of the attachments added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable List<Attachment> getAttachments() {
			return ModelCollections.copyOf(this.attachments);
		}

	}

}
