package com.cocoonmail.spring.client.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Response of {@code POST /webhook/mail/send}. A successful answer may still list
 * recipients the mail could not be sent to in {@link #failedRecipients()};
 * {@link #messageIds()} lists the ids of the messages sent.
 *
 * @param success whether the send was accepted
 * @param failedRecipients the recipients the mail could not be sent to (also read from
 * {@code failed_emails}); empty when absent
 * @param report the id of the message sent to each recipient; empty when absent
 * @param quotas the workspace's quotas by name; empty when absent
 * @param sender the sender's email address
 * @param message the server's message
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMailResponse(@Nullable Boolean success,
		@JsonProperty("failed_recipients") @JsonAlias("failed_emails") @JsonDeserialize(
				contentUsing = RecipientTextDeserializer.class) List<String> failedRecipients,
		List<MessageReport> report, Map<String, Quota> quotas, @Nullable String sender,
		@Nullable String message) implements MessageReports {

	public SendMailResponse {
		failedRecipients = ModelCollections.nonNull(failedRecipients);
		report = ModelCollections.nonNull(report);
		quotas = ModelCollections.nonNull(quotas);
	}

}
