package com.cocoonmail.spring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Recipient of a WhatsApp message (an element of the {@code recipient} array of
 * {@code /webhook/whatsapp_message/send}).
 *
 * @param whatsappNumber the WhatsApp number, for example {@code +910000000000}
 * @param firstName the first name
 * @param name the full name
 * @param email the email address
 * @param attributes free-form contact attributes
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhatsAppRecipient(@JsonProperty("whatsapp_number") @Nullable String whatsappNumber,
		@JsonProperty("first_name") @Nullable String firstName, @Nullable String name, @Nullable String email,
		@Nullable Map<String, Object> attributes) {

	/**
	 * Create a recipient with only a WhatsApp number.
	 * @param whatsappNumber the WhatsApp number
	 * @return the recipient
	 */
	public static WhatsAppRecipient of(String whatsappNumber) {
		return new WhatsAppRecipient(whatsappNumber, null, null, null, null);
	}

	/**
	 * Return a builder for a WhatsApp recipient.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link WhatsAppRecipient}.
	 */
	public static final class Builder extends SendEventRequest.AttributesBuilder<Builder> {

		private @Nullable String whatsappNumber;

		private @Nullable String firstName;

		private @Nullable String name;

		private @Nullable String email;

		private Builder() {
		}

		/**
		 * Set the WhatsApp number.
		 * @param whatsappNumber the WhatsApp number
		 * @return this builder
		 */
		public Builder whatsappNumber(@Nullable String whatsappNumber) {
			this.whatsappNumber = whatsappNumber;
			return this;
		}

		/**
		 * Set the first name.
		 * @param firstName the first name
		 * @return this builder
		 */
		public Builder firstName(@Nullable String firstName) {
			this.firstName = firstName;
			return this;
		}

		/**
		 * Set the full name.
		 * @param name the full name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the email address.
		 * @param email the email address
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Build the recipient.
		 * @return the recipient
		 */
		public WhatsAppRecipient build() {
			return new WhatsAppRecipient(this.whatsappNumber, this.firstName, this.name, this.email, getAttributes());
		}

	}

}
