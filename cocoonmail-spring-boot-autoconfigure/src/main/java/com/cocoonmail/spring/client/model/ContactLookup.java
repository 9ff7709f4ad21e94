package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Identifies a contact by email address or by user id (one of the two).
 *
 * @param email the email address of the contact
 * @param userId the external user id of the contact
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactLookup(@Nullable String email, @JsonProperty("user_id") @Nullable String userId) {

	/**
	 * Look a contact up by email address.
	 * @param email the email address
	 * @return the lookup
	 */
	public static ContactLookup byEmail(String email) {
		return new ContactLookup(email, null);
	}

	/**
	 * Look a contact up by user id.
	 * @param userId the external user id
	 * @return the lookup
	 */
	public static ContactLookup byUserId(String userId) {
		return new ContactLookup(null, userId);
	}

}
