package com.cocoonmail.spring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Response of {@code POST /webhook/mail/usage}.
 *
 * @param success whether the usage was fetched
 * @param message the server's message
 * @param quotas the quotas by name, for example {@code MAX_SEND_MAIL_PER_DAY}; empty when
 * absent
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailUsage(@Nullable Boolean success, @Nullable String message, Map<String, Quota> quotas) {

	public EmailUsage {
		quotas = ModelCollections.nonNull(quotas);
	}

}
