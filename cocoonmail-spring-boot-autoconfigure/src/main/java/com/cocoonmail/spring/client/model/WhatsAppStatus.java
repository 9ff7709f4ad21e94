package com.cocoonmail.spring.client.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Delivery status of a transactional WhatsApp message (the {@code data} object of
 * {@code GET /webhook/whatsapp_message/status}).
 *
 * @param uuid the Cocoonmail id of the message
 * @param messageId the WhatsApp message id
 * @param conversationId the WhatsApp conversation id
 * @param direction the direction, for example {@code outbound}
 * @param type the kind of message, for example {@code template}
 * @param status the delivery status, for example {@code sent}
 * @param delivered whether the message was delivered
 * @param deliveredAt when the message was delivered
 * @param read whether the message was read
 * @param readAt when the message was read
 * @param failed whether the message failed
 * @param failedAt when the message failed
 * @param rejected whether the message was rejected
 * @param rejectedAt when the message was rejected
 * @param created when the message was created
 * @param updated when the message was last updated
 * @param sentAt when the message was sent
 * @param to the recipient's WhatsApp number
 * @param content the content that was sent
 * @param msgFrom who the message came from
 * @param metadata free-form metadata
 * @param contact the recipient's contact
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatsAppStatus(@Nullable String uuid, @JsonProperty("message_id") @Nullable String messageId,
		@JsonProperty("conversation_id") @Nullable String conversationId, @Nullable String direction,
		@Nullable String type, @Nullable String status, @Nullable Boolean delivered,
		@JsonProperty("delivered_at") @Nullable Instant deliveredAt, @Nullable Boolean read,
		@JsonProperty("read_at") @Nullable Instant readAt, @Nullable Boolean failed,
		@JsonProperty("failed_at") @Nullable Instant failedAt, @Nullable Boolean rejected,
		@JsonProperty("rejected_at") @Nullable Instant rejectedAt, @Nullable Instant created, @Nullable Instant updated,
		@JsonProperty("sent_at") @Nullable Instant sentAt, @Nullable String to, @Nullable Map<String, Object> content,
		@JsonProperty("msg_from") @Nullable Map<String, Object> msgFrom, @Nullable Map<String, Object> metadata,
		@Nullable Map<String, Object> contact) {

}
