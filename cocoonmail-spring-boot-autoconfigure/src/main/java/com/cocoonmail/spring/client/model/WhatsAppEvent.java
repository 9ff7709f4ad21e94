package com.cocoonmail.spring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Event data sent along with a WhatsApp message to track it or trigger workflows.
 *
 * @param code the event code, for example {@code START}
 * @param name the event name
 * @param data free-form event data
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatsAppEvent(@Nullable String code, @Nullable String name, @Nullable Map<String, Object> data) {

	/**
	 * Create an event.
	 * @param code the event code
	 * @param name the event name
	 * @param data free-form event data
	 * @return the event
	 */
	public static WhatsAppEvent of(String code, String name, Map<String, Object> data) {
		return new WhatsAppEvent(code, name, ModelCollections.copyOf(data));
	}

}
