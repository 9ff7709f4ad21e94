package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One mail sent (or failed for good) to one recipient, in the shape of a Mailcoach send.
 * Times are kept to the microsecond and written as Mailcoach writes them
 * ({@code 2022-11-10T09:59:44.000000Z}).
 *
 * @param uuid the id of the send
 * @param transportMessageId Cocoonmail's {@code message_id}, {@code null} when Cocoonmail
 * gave none (a direct mail, a copy, a failure)
 * @param campaignUuid always {@code null}: Cocoonmail transactional mail has no campaign
 * @param automationMailUuid always {@code null}: Cocoonmail transactional mail has no
 * automation
 * @param transactionalMailLogItemUuid the id shared by the sends of one {@code sendMail}
 * or {@code sendDirectMail} call
 * @param subscriberUuid Cocoonmail's contact uuid, once a webhook has told it
 * @param sentAt when Cocoonmail accepted the mail, {@code null} if it never did
 * @param failedAt when the mail failed for good or bounced
 * @param failureReason why it failed or bounced
 * @param openCount how many times the mail was opened
 * @param clickCount how many times a link in the mail was clicked
 * @param createdAt when the send was recorded
 * @param updatedAt when the send last changed
 * @param email the recipient's email address, in lower case
 * @param transactionalId the transactional template the mail was sent with
 * @param deliveredAt when the mail was delivered
 * @param bouncedAt when the mail bounced
 * @param firstOpenedAt when the mail was first opened
 * @param lastOpenedAt when the mail was last opened
 * @param firstClickedAt when a link was first clicked
 * @param lastClickedAt when a link was last clicked
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "uuid", "transport_message_id", "campaign_uuid", "automation_mail_uuid",
		"transactional_mail_log_item_uuid", "subscriber_uuid", "sent_at", "failed_at", "failure_reason", "open_count",
		"click_count", "created_at", "updated_at", "email", "transactional_id", "delivered_at", "bounced_at",
		"first_opened_at", "last_opened_at", "first_clicked_at", "last_clicked_at" })
public record Send(String uuid, @JsonProperty("transport_message_id") @Nullable String transportMessageId,
		@JsonProperty("campaign_uuid") @Nullable String campaignUuid,
		@JsonProperty("automation_mail_uuid") @Nullable String automationMailUuid,
		@JsonProperty("transactional_mail_log_item_uuid") String transactionalMailLogItemUuid,
		@JsonProperty("subscriber_uuid") @Nullable String subscriberUuid,
		@JsonProperty("sent_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant sentAt,
		@JsonProperty("failed_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant failedAt,
		@JsonProperty("failure_reason") @Nullable String failureReason, @JsonProperty("open_count") int openCount,
		@JsonProperty("click_count") int clickCount,
		@JsonProperty("created_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") Instant createdAt,
		@JsonProperty("updated_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") Instant updatedAt,
		@Nullable String email, @JsonProperty("transactional_id") @Nullable String transactionalId,
		@JsonProperty("delivered_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant deliveredAt,
		@JsonProperty("bounced_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant bouncedAt,
		@JsonProperty("first_opened_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant firstOpenedAt,
		@JsonProperty("last_opened_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant lastOpenedAt,
		@JsonProperty("first_clicked_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant firstClickedAt,
		@JsonProperty("last_clicked_at") @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = PATTERN,
				timezone = "UTC") @Nullable Instant lastClickedAt) {

	static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";

	public Send {
		sentAt = micros(sentAt);
		failedAt = micros(failedAt);
		createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
		updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
		deliveredAt = micros(deliveredAt);
		bouncedAt = micros(bouncedAt);
		firstOpenedAt = micros(firstOpenedAt);
		lastOpenedAt = micros(lastOpenedAt);
		firstClickedAt = micros(firstClickedAt);
		lastClickedAt = micros(lastClickedAt);
	}

	/**
	 * Return the time the send is listed by: when it was sent, else when it failed, else
	 * when it was recorded. It never changes once the send is recorded.
	 * @return the listing time
	 */
	@JsonIgnore
	public Instant listedAt() {
		if (this.sentAt != null) {
			return this.sentAt;
		}
		return (this.failedAt != null) ? this.failedAt : this.createdAt;
	}

	/**
	 * Return a builder holding the values of this send, to change some.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Return a builder of a new send with the given id, log item and recording time.
	 * @param uuid the id of the send
	 * @param transactionalMailLogItemUuid the id shared by the sends of one call
	 * @param createdAt when the send is recorded
	 * @return the builder
	 */
	public static Builder builder(String uuid, String transactionalMailLogItemUuid, Instant createdAt) {
		return new Builder(new Send(uuid, null, null, null, transactionalMailLogItemUuid, null, null, null, null, 0, 0,
				createdAt, createdAt, null, null, null, null, null, null, null, null));
	}

	private static @Nullable Instant micros(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	/**
	 * Builder of a {@link Send}, starting from the values of another.
	 */
	public static final class Builder {

		private String uuid;

		private @Nullable String transportMessageId;

		private String transactionalMailLogItemUuid;

		private @Nullable String subscriberUuid;

		private @Nullable Instant sentAt;

		private @Nullable Instant failedAt;

		private @Nullable String failureReason;

		private int openCount;

		private int clickCount;

		private Instant createdAt;

		private Instant updatedAt;

		private @Nullable String email;

		private @Nullable String transactionalId;

		private @Nullable Instant deliveredAt;

		private @Nullable Instant bouncedAt;

		private @Nullable Instant firstOpenedAt;

		private @Nullable Instant lastOpenedAt;

		private @Nullable Instant firstClickedAt;

		private @Nullable Instant lastClickedAt;

		private Builder(Send send) {
			this.uuid = send.uuid;
			this.transportMessageId = send.transportMessageId;
			this.transactionalMailLogItemUuid = send.transactionalMailLogItemUuid;
			this.subscriberUuid = send.subscriberUuid;
			this.sentAt = send.sentAt;
			this.failedAt = send.failedAt;
			this.failureReason = send.failureReason;
			this.openCount = send.openCount;
			this.clickCount = send.clickCount;
			this.createdAt = send.createdAt;
			this.updatedAt = send.updatedAt;
			this.email = send.email;
			this.transactionalId = send.transactionalId;
			this.deliveredAt = send.deliveredAt;
			this.bouncedAt = send.bouncedAt;
			this.firstOpenedAt = send.firstOpenedAt;
			this.lastOpenedAt = send.lastOpenedAt;
			this.firstClickedAt = send.firstClickedAt;
			this.lastClickedAt = send.lastClickedAt;
		}

		/**
		 * Set Cocoonmail's message id.
		 * @param transportMessageId the message id
		 * @return this builder
		 */
		public Builder transportMessageId(@Nullable String transportMessageId) {
			this.transportMessageId = transportMessageId;
			return this;
		}

		/**
		 * Set Cocoonmail's contact uuid.
		 * @param subscriberUuid the contact uuid
		 * @return this builder
		 */
		public Builder subscriberUuid(@Nullable String subscriberUuid) {
			this.subscriberUuid = subscriberUuid;
			return this;
		}

		/**
		 * Set when Cocoonmail accepted the mail.
		 * @param sentAt the time
		 * @return this builder
		 */
		public Builder sentAt(@Nullable Instant sentAt) {
			this.sentAt = sentAt;
			return this;
		}

		/**
		 * Set when and why the mail failed.
		 * @param failedAt the time
		 * @param failureReason the reason
		 * @return this builder
		 */
		public Builder failed(@Nullable Instant failedAt, @Nullable String failureReason) {
			this.failedAt = failedAt;
			this.failureReason = failureReason;
			return this;
		}

		/**
		 * Set the opens.
		 * @param openCount how many times the mail was opened
		 * @param firstOpenedAt the first open
		 * @param lastOpenedAt the last open
		 * @return this builder
		 */
		public Builder opens(int openCount, @Nullable Instant firstOpenedAt, @Nullable Instant lastOpenedAt) {
			this.openCount = openCount;
			this.firstOpenedAt = firstOpenedAt;
			this.lastOpenedAt = lastOpenedAt;
			return this;
		}

		/**
		 * Set the clicks.
		 * @param clickCount how many times a link was clicked
		 * @param firstClickedAt the first click
		 * @param lastClickedAt the last click
		 * @return this builder
		 */
		public Builder clicks(int clickCount, @Nullable Instant firstClickedAt, @Nullable Instant lastClickedAt) {
			this.clickCount = clickCount;
			this.firstClickedAt = firstClickedAt;
			this.lastClickedAt = lastClickedAt;
			return this;
		}

		/**
		 * Set when the send last changed.
		 * @param updatedAt the time
		 * @return this builder
		 */
		public Builder updatedAt(Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		/**
		 * Set the recipient's address.
		 * @param email the address
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Set the transactional template id.
		 * @param transactionalId the id
		 * @return this builder
		 */
		public Builder transactionalId(@Nullable String transactionalId) {
			this.transactionalId = transactionalId;
			return this;
		}

		/**
		 * Set when the mail was delivered.
		 * @param deliveredAt the time
		 * @return this builder
		 */
		public Builder deliveredAt(@Nullable Instant deliveredAt) {
			this.deliveredAt = deliveredAt;
			return this;
		}

		/**
		 * Set when the mail bounced.
		 * @param bouncedAt the time
		 * @return this builder
		 */
		public Builder bouncedAt(@Nullable Instant bouncedAt) {
			this.bouncedAt = bouncedAt;
			return this;
		}

		/**
		 * Build the send.
		 * @return the send
		 */
		public Send build() {
			return new Send(this.uuid, this.transportMessageId, null, null, this.transactionalMailLogItemUuid,
					this.subscriberUuid, this.sentAt, this.failedAt, this.failureReason, this.openCount,
					this.clickCount, this.createdAt, this.updatedAt, this.email, this.transactionalId, this.deliveredAt,
					this.bouncedAt, this.firstOpenedAt, this.lastOpenedAt, this.firstClickedAt, this.lastClickedAt);
		}

	}

}
