package com.cocoonmail.spring.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /webhook/event/send}: an event that happened to a contact, which
 * can trigger Cocoonmail workflows. A contact that does not exist yet is created.
 *
 * @param eventName the name of the event
 * @param email the email address of the contact
 * @param eventAttribute the properties of the event
 * @param idempotencyKey the key under which the event bridge sends the request once
 * within {@code cocoonmail.events.dedupe-window}; never sent to Cocoonmail
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendEventRequest(@JsonProperty("event_name") @Nullable String eventName, @Nullable String email,
		@JsonProperty("event_attribute") @Nullable Map<String, Object> eventAttribute,
		@JsonIgnore @Nullable String idempotencyKey) {

	/**
	 * Create a request without an idempotency key.
	 * @param eventName the name of the event
	 * @param email the email address of the contact
	 * @param eventAttribute the properties of the event
	 */
	public SendEventRequest(@Nullable String eventName, @Nullable String email,
			@Nullable Map<String, Object> eventAttribute) {
		this(eventName, email, eventAttribute, null);
	}

	/**
	 * Create an event without properties.
	 * @param eventName the name of the event
	 * @param email the email address of the contact
	 * @return the request
	 */
	public static SendEventRequest of(String eventName, String email) {
		return new SendEventRequest(eventName, email, null);
	}

	/**
	 * Return a builder for a send-event request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link SendEventRequest}. The attributes it adds are the properties
	 * of the event, sent as {@code event_attribute}. It assembles the request only; the
	 * client validates it before sending.
	 */
	public static final class Builder extends AttributesBuilder<Builder> {

		private @Nullable String eventName;

		private @Nullable String email;

		private @Nullable String idempotencyKey;

		private Builder() {
		}

		/**
		 * Set the name of the event.
		 * @param eventName the name of the event
		 * @return this builder
		 */
		public Builder eventName(@Nullable String eventName) {
			this.eventName = eventName;
			return this;
		}

		/**
		 * Set the email address of the contact.
		 * @param email the email address
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Set the key under which the event bridge sends this request only once within
		 * {@code cocoonmail.events.dedupe-window}. It is not sent to Cocoonmail.
		 * @param idempotencyKey the idempotency key
		 * @return this builder
		 * @since 0.2.0
		 */
		public Builder idempotencyKey(@Nullable String idempotencyKey) {
			this.idempotencyKey = idempotencyKey;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendEventRequest build() {
			return new SendEventRequest(this.eventName, this.email, getAttributes(), this.idempotencyKey);
		}

	}

	/**
	 * Base of the builders whose record carries free-form attributes: {@link Contact},
	 * {@link Recipient}, {@link WhatsAppRecipient} and {@link SendEventRequest}.
	 * Attributes keep the order in which they were added.
	 *
	 * @param <B> the type of the concrete builder, returned by every method
	 */
	public abstract static class AttributesBuilder<B extends AttributesBuilder<B>> {

		private final Map<String, Object> attributes = new LinkedHashMap<>();

		AttributesBuilder() {
		}

		/**
		 * Add one attribute.
		 * @param name the attribute name
		 * @param value the attribute value
		 * @return this builder
		 */
		public B attribute(String name, Object value) {
			this.attributes.put(name, value);
			return self();
		}

		/**
		 * Add the given attributes to those already set.
		 * @param attributes the attributes to add
		 * @return this builder
		 */
		public B attributes(Map<String, ?> attributes) {
			this.attributes.putAll(attributes);
			return self();
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		@SuppressWarnings("unchecked")
		final B self() {
			return (B) this;
		}

		/**
		 * Return a copy of the attributes added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable Map<String, Object> getAttributes() {
			return ModelCollections.copyOf(this.attributes);
		}

	}

}
