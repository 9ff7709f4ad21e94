package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Response of a contact create or update.
 *
 * @param success whether the operation succeeded
 * @param id the id of the contact
 * @param message the server's message
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactResponse(@Nullable Boolean success, @Nullable String id, @Nullable String message) {

}
