package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Content of a WhatsApp message: a template name and language for a {@code template}
 * message, or a body for a {@code text} message.
 *
 * @param templateName the name of the approved template
 * @param templateLanguage the language code of the template, for example {@code en}
 * @param body the text of a {@code text} message
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatsAppContent(@JsonProperty("template_name") @Nullable String templateName,
		@JsonProperty("template_language") @Nullable String templateLanguage, @Nullable String body) {

	/**
	 * Create the content of a {@code template} message.
	 * @param templateName the name of the approved template
	 * @param language the language code of the template
	 * @return the content
	 */
	public static WhatsAppContent template(String templateName, String language) {
		return new WhatsAppContent(templateName, language, null);
	}

	/**
	 * Create the content of a {@code text} message.
	 * @param body the text
	 * @return the content
	 */
	public static WhatsAppContent text(String body) {
		return new WhatsAppContent(null, null, body);
	}

}
