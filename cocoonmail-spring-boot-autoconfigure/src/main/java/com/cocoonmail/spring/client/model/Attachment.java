package com.cocoonmail.spring.client.model;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a mail, sent inline as Base64.
 *
 * @param filename the name the recipient sees
 * @param contentType the MIME type, for example {@code application/pdf}
 * @param data the Base64-encoded content
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(@Nullable String filename, @JsonProperty("contentType") @Nullable String contentType,
		@Nullable String data) {

	/**
	 * Create an attachment from raw bytes, encoding them as Base64.
	 * @param filename the name the recipient sees
	 * @param contentType the MIME type
	 * @param content the raw content
	 * @return the attachment
	 */
	public static Attachment of(String filename, String contentType, byte[] content) {
		return new Attachment(filename, contentType, Base64.getEncoder().encodeToString(content));
	}

}
