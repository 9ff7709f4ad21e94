package com.cocoonmail.spring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Response of {@code POST /webhook/mail/send-direct}.
 *
 * @param success whether the send was accepted
 * @param message the server's message
 * @param sentRecipients the recipients the mail was sent to; empty when absent
 * @param failedRecipients the recipients the mail could not be sent to (also read from
 * {@code failed_emails}); empty when absent
 * @param invalidRecipients the recipients that were rejected as invalid; empty when
 * absent
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDirectResponse(@Nullable Boolean success, @Nullable String message,
		@JsonProperty("sent_recipients") @JsonDeserialize(
				contentUsing = RecipientTextDeserializer.class) List<String> sentRecipients,
		@JsonProperty("failed_recipients") @JsonAlias("failed_emails") @JsonDeserialize(
				contentUsing = RecipientTextDeserializer.class) List<String> failedRecipients,
		@JsonProperty("invalid_recipients") @JsonDeserialize(
				contentUsing = RecipientTextDeserializer.class) List<String> invalidRecipients) {

	public SendDirectResponse {
		sentRecipients = ModelCollections.nonNull(sentRecipients);
		failedRecipients = ModelCollections.nonNull(failedRecipients);
		invalidRecipients = ModelCollections.nonNull(invalidRecipients);
	}

}
