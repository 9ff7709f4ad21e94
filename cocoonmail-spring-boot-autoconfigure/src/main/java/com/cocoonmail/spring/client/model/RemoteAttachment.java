package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a mail by link; Cocoonmail fetches it when sending.
 *
 * @param remoteLink the URL of the file
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoteAttachment(@JsonProperty("remote_link") @Nullable String remoteLink) {

	/**
	 * Create a remote attachment.
	 * @param link the URL of the file
	 * @return the remote attachment
	 */
	public static RemoteAttachment of(String link) {
		return new RemoteAttachment(link);
	}

}
