package com.cocoonmail.spring.client.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Delivery status of a transactional mail (the {@code data} object of
 * {@code GET /webhook/mail/status}).
 *
 * @param messageId the id of the message (sent as {@code x_message_id})
 * @param mailContent the content of the mail
 * @param subject the subject line
 * @param name the recipient's name
 * @param sent whether the mail was sent
 * @param sentAt when the mail was sent
 * @param bounced whether the mail bounced
 * @param bouncedAt when the mail bounced
 * @param bouncedError the bounce error
 * @param unsubscribed whether the recipient unsubscribed
 * @param unsubscribedAt when the recipient unsubscribed
 * @param delivered whether the mail was delivered
 * @param deliveredAt when the mail was delivered
 * @param opened whether the mail was opened (sent as {@code open})
 * @param openedCount how many times the mail was opened
 * @param bounceType the kind of bounce
 * @param clicked whether a link in the mail was clicked
 * @param clickedCount how many times links were clicked
 * @param sendable whether the recipient can be sent to
 * @param failed whether sending failed
 * @param smtpCode the SMTP reply code, for example {@code 250}
 * @param smtpError the SMTP error
 * @param email the recipient's email address
 * @param transactionalMailId the id of the transactional mail
 * @param created when the mail was created
 * @param transactionalName the name of the transactional mail
 * @param scheduledAt when the mail was scheduled for
 * @param trackingLogs the opens and clicks recorded; empty when absent
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailStatus(@JsonProperty("x_message_id") @JsonAlias("message_id") @Nullable String messageId,
		@JsonProperty("mail_content") @Nullable String mailContent, @Nullable String subject, @Nullable String name,
		@Nullable Boolean sent, @JsonProperty("sent_at") @Nullable Instant sentAt, @Nullable Boolean bounced,
		@JsonProperty("bounced_at") @Nullable Instant bouncedAt,
		@JsonProperty("bounced_error") @Nullable String bouncedError, @Nullable Boolean unsubscribed,
		@JsonProperty("unsubscribed_at") @Nullable Instant unsubscribedAt, @Nullable Boolean delivered,
		@JsonProperty("delivered_at") @Nullable Instant deliveredAt, @JsonProperty("open") @Nullable Boolean opened,
		@JsonProperty("opened_count") @Nullable Integer openedCount,
		@JsonProperty("bounce_type") @Nullable String bounceType, @Nullable Boolean clicked,
		@JsonProperty("clicked_count") @Nullable Integer clickedCount, @Nullable Boolean sendable,
		@Nullable Boolean failed, @JsonProperty("SMTP_code") @Nullable String smtpCode,
		@JsonProperty("SMTP_error") @Nullable String smtpError, @Nullable String email,
		@JsonProperty("transactional_mail_id") @Nullable String transactionalMailId, @Nullable Instant created,
		@JsonProperty("transactional_name") @Nullable String transactionalName,
		@JsonProperty("scheduled_at") @Nullable Instant scheduledAt,
		@JsonProperty("tracking_logs") List<TrackingLog> trackingLogs) {

	public MailStatus {
		trackingLogs = ModelCollections.nonNull(trackingLogs);
	}

}
