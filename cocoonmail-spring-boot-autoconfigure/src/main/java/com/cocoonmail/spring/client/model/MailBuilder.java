package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Base of the builders of {@link SendMailRequest} and {@link SendDirectRequest}: the
 * content, addresses and attachments that both kinds of mail have. It assembles the
 * request only; the client validates it before sending.
 *
 * @param <B> the type of the concrete builder, returned by every method
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public abstract class MailBuilder<B extends MailBuilder<B>> {

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
