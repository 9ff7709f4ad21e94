package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Response of {@code POST /webhook/event/send}.
 *
 * @param success whether Cocoonmail accepted the event
 * @param id the id of the recorded event
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendEventResponse(@Nullable Boolean success, @Nullable String id) {

}
