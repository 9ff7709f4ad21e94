package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A contact of the workspace. Cocoonmail's own snake_case field names are written; the
 * camelCase names of Loops-style answers are read as well.
 *
 * @param id the id of the contact (a number on some answers, kept as text)
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param name the full name
 * @param userId the external user id
 * @param whatsappNumber the WhatsApp number
 * @param source where the contact came from
 * @param subscribed whether the contact is subscribed
 * @param lists the mailing lists of the contact
 * @param tags the tags of the contact
 * @param attributes free-form contact attributes
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(@Nullable String id, @Nullable String email,
		@JsonProperty("first_name") @JsonAlias("firstName") @Nullable String firstName,
		@JsonProperty("last_name") @JsonAlias("lastName") @Nullable String lastName, @Nullable String name,
		@JsonProperty("user_id") @JsonAlias("userId") @Nullable String userId,
		@JsonProperty("whatsapp_number") @JsonAlias("whatsappNumber") @Nullable String whatsappNumber,
		@Nullable String source, @Nullable Boolean subscribed, @Nullable List<String> lists,
		@Nullable List<String> tags, @Nullable Map<String, Object> attributes) {

	/**
	 * Return a builder for a contact.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link Contact}. It assembles the contact only; the client validates
	 * it before sending.
	 */
	public static final class Builder extends Contact.PropertiesBuilder<Builder> {

		private @Nullable String id;

		private @Nullable String email;

		private @Nullable String firstName;

		private @Nullable String lastName;

		private @Nullable String name;

		private @Nullable String userId;

		private @Nullable String whatsappNumber;

		private @Nullable String source;

		private @Nullable Boolean subscribed;

		private Builder() {
		}

		/**
		 * Set the id of the contact.
		 * @param id the id
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		 * Set the first name.
		 * @param firstName the first name
		 * @return this builder
		 */
		public Builder firstName(@Nullable String firstName) {
			this.firstName = firstName;
			return this;
		}

		/**
		 * Set the last name.
		 * @param lastName the last name
		 * @return this builder
		 */
		public Builder lastName(@Nullable String lastName) {
			this.lastName = lastName;
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
		 * Set the external user id.
		 * @param userId the external user id
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
			return this;
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
		 * Set where the contact came from.
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * Set whether the contact is subscribed.
		 * @param subscribed whether the contact is subscribed
		 * @return this builder
		 */
		public Builder subscribed(boolean subscribed) {
			this.subscribed = subscribed;
			return this;
		}

		/**
		 * Build the contact.
		 * @return the contact
		 */
		public Contact build() {
			return new Contact(this.id, this.email, this.firstName, this.lastName, this.name, this.userId,
					this.whatsappNumber, this.source, this.subscribed, getLists(), getTags(), getAttributes());
		}

	}

	/**
	 * Base of the builders of {@link Contact} and {@link Recipient}: besides attributes,
	 * both carry the mailing lists and the tags of the contact.
	 *
	 * @param <B> the type of the concrete builder, returned by every method
	 */
	public abstract static class PropertiesBuilder<B extends PropertiesBuilder<B>>
			extends SendEventRequest.AttributesBuilder<B> {

		private final List<String> lists = new ArrayList<>();

		private final List<String> tags = new ArrayList<>();

		PropertiesBuilder() {
		}

		/**
		 * Add the given mailing lists to those already set.
		 * @param lists the mailing lists to add
		 * @return this builder
		 */
		public B lists(Collection<String> lists) {
			this.lists.addAll(lists);
			return self();
		}

		/**
		 * Add mailing lists.
		 * @param lists the mailing lists to add
		 * @return this builder
		 */
		public B lists(String... lists) {
			return lists(Arrays.asList(lists));
		}

		/**
		 * Add one mailing list.
		 * @param list the mailing list
		 * @return this builder
		 */
		public B list(String list) {
			this.lists.add(list);
			return self();
		}

		/**
		 * Add the given tags to those already set.
		 * @param tags the tags to add
		 * @return this builder
		 */
		public B tags(Collection<String> tags) {
			this.tags.addAll(tags);
			return self();
		}

		/**
		 * Add tags.
		 * @param tags the tags to add
		 * @return this builder
		 */
		public B tags(String... tags) {
			return tags(Arrays.asList(tags));
		}

		/**
		 * Add one tag.
		 * @param tag the tag
		 * @return this builder
		 */
		public B tag(String tag) {
			this.tags.add(tag);
			return self();
		}

		/**
		 * Return a copy of the mailing lists added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable List<String> getLists() {
			return ModelCollections.copyOf(this.lists);
		}

		/**
		 * Return a copy of the tags added so far.
		 * @return the copy, or {@code null} when there are none
		 */
		@Nullable List<String> getTags() {
			return ModelCollections.copyOf(this.tags);
		}

	}

}
