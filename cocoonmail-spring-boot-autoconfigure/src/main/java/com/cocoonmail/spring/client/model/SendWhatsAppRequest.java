package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /webhook/whatsapp_message/send}: a {@code template} or a
 * {@code text} message to one or more WhatsApp numbers.
 *
 * @param fromNumber the WhatsApp Business number to send from
 * @param type the kind of message: {@code template} or {@code text}
 * @param content the template or the text to send
 * @param recipient the recipients
 * @param addRecipientToContacts whether to add the recipients to the contacts
 * @param parameterizedVariables the values of the message's merge tags
 * @param event event data to track the message or trigger workflows with
 * @param tags the tags of the message
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendWhatsAppRequest(@JsonProperty("from_number") @Nullable String fromNumber, @Nullable String type,
		@Nullable WhatsAppContent content, @Nullable List<WhatsAppRecipient> recipient,
		@JsonProperty("add_recipient_to_contacts") @Nullable Boolean addRecipientToContacts,
		@JsonProperty("parameterized_variables") @Nullable Map<String, Object> parameterizedVariables,
		@Nullable WhatsAppEvent event, @Nullable List<String> tags) {

	/**
	 * Message type of a template message.
	 */
	public static final String TYPE_TEMPLATE = "template";

	/**
	 * Message type of a text message.
	 */
	public static final String TYPE_TEXT = "text";

	/**
	 * Return a builder for a message that uses an approved template.
	 * @param fromNumber the WhatsApp Business number to send from
	 * @param templateName the name of the template
	 * @param language the language code of the template, for example {@code en}
	 * @return a new builder
	 */
	public static Builder template(String fromNumber, String templateName, String language) {
		return builder().fromNumber(fromNumber)
			.type(TYPE_TEMPLATE)
			.content(WhatsAppContent.template(templateName, language));
	}

	/**
	 * Return a builder for a plain text message.
	 * @param fromNumber the WhatsApp Business number to send from
	 * @param body the text
	 * @return a new builder
	 */
	public static Builder text(String fromNumber, String body) {
		return builder().fromNumber(fromNumber).type(TYPE_TEXT).content(WhatsAppContent.text(body));
	}

	/**
	 * Return an empty builder; prefer {@link #template} or {@link #text}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link SendWhatsAppRequest}. It assembles the request only; the
	 * client validates it before sending.
	 */
	public static final class Builder {

		private @Nullable String fromNumber;

		private @Nullable String type;

		private @Nullable WhatsAppContent content;

		private final List<WhatsAppRecipient> recipients = new ArrayList<>();

		private @Nullable Boolean addRecipientToContacts;

		private final Map<String, Object> variables = new LinkedHashMap<>();

		private @Nullable WhatsAppEvent event;

		private final List<String> tags = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Set the WhatsApp Business number to send from.
		 * @param fromNumber the number to send from
		 * @return this builder
		 */
		public Builder fromNumber(@Nullable String fromNumber) {
			this.fromNumber = fromNumber;
			return this;
		}

		/**
		 * Set the kind of message.
		 * @param type {@code template} or {@code text}
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set the template or the text to send.
		 * @param content the content
		 * @return this builder
		 */
		public Builder content(@Nullable WhatsAppContent content) {
			this.content = content;
			return this;
		}

		/**
		 * Add a recipient with only a WhatsApp number.
		 * @param whatsappNumber the WhatsApp number
		 * @return this builder
		 */
		public Builder recipient(String whatsappNumber) {
			return recipient(WhatsAppRecipient.of(whatsappNumber));
		}

		/**
		 * Add a recipient.
		 * @param recipient the recipient
		 * @return this builder
		 */
		public Builder recipient(WhatsAppRecipient recipient) {
			this.recipients.add(recipient);
			return this;
		}

		/**
		 * Add the given recipients.
		 * @param recipients the recipients
		 * @return this builder
		 */
		public Builder recipients(Collection<WhatsAppRecipient> recipients) {
			this.recipients.addAll(recipients);
			return this;
		}

		/**
		 * Set whether to add the recipients to the contacts.
		 * @param addRecipientToContacts whether to add the recipients to the contacts
		 * @return this builder
		 */
		public Builder addRecipientToContacts(boolean addRecipientToContacts) {
			this.addRecipientToContacts = addRecipientToContacts;
			return this;
		}

		/**
		 * Add the value of a merge tag.
		 * @param name the name of the merge tag, for example
		 * {@code organization.company_name}
		 * @param value the value
		 * @return this builder
		 */
		public Builder variable(String name, Object value) {
			this.variables.put(name, value);
			return this;
		}

		/**
		 * Add the values of the given merge tags.
		 * @param variables the values by merge tag name
		 * @return this builder
		 */
		public Builder variables(Map<String, ?> variables) {
			this.variables.putAll(variables);
			return this;
		}

		/**
		 * Set the event data.
		 * @param event the event data
		 * @return this builder
		 */
		public Builder event(@Nullable WhatsAppEvent event) {
			this.event = event;
			return this;
		}

		/**
		 * Add tags.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			this.tags.addAll(Arrays.asList(tags));
			return this;
		}

		/**
		 * Add a tag.
		 * @param tag the tag
		 * @return this builder
		 */
		public Builder tag(String tag) {
			this.tags.add(tag);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public SendWhatsAppRequest build() {
			return new SendWhatsAppRequest(this.fromNumber, this.type, this.content,
					ModelCollections.copyOf(this.recipients), this.addRecipientToContacts,
					ModelCollections.copyOf(this.variables), this.event, ModelCollections.copyOf(this.tags));
		}

	}

}
