package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Result of verifying an email address (the {@code data} object of
 * {@code POST /webhook/email/verify}).
 *
 * @param email the verified address
 * @param status the verdict, for example {@code safe}
 * @param checkedAt when the address was checked
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailVerification(@Nullable String email, @Nullable String status,
		@JsonProperty("checked_at") @Nullable Instant checkedAt) {

}
