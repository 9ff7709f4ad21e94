package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A mailing list of the workspace.
 *
 * @param id the id of the list
 * @param name the name of the list
 * @param description the optional description
 * @param isPublic whether contacts can subscribe to the list themselves
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailingList(@Nullable String id, @Nullable String name, @Nullable String description,
		@JsonProperty("is_public") @JsonAlias("isPublic") @Nullable Boolean isPublic) {

}
