package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code report} array of a send response: the recipient and the id of
 * the message sent to it.
 *
 * @param to the recipient (an email address or a WhatsApp number)
 * @param messageId the id to look the message up with
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageReport(@Nullable String to, @JsonProperty("message_id") @Nullable String messageId) {

}
