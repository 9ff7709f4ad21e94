package com.cocoonmail.spring.client.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Recipient of a transactional mail (an element of the {@code to} array of
 * {@code /webhook/mail/send}). Apart from the email address, the fields are contact
 * properties that Cocoonmail stores on the contact.
 *
 * @param email the email address
 * @param name the full name
 * @param firstName the first name
 * @param middleName the middle name
 * @param lastName the last name
 * @param attributes free-form contact attributes
 * @param lists the mailing lists to add the contact to
 * @param tags the tags to put on the contact
 * @param gender the gender
 * @param age the age
 * @param address1 the first address line (sent as {@code Address1})
 * @param address2 the second address line (sent as {@code Address2})
 * @param city the city
 * @param state the state
 * @param country the country
 * @param postalCode the postal code
 * @param designation the job title
 * @param company the company
 * @param industry the industry
 * @param description a free-text description
 * @param anniversaryDate the anniversary date, as text
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recipient(@Nullable String email, @Nullable String name,
		@JsonProperty("first_name") @Nullable String firstName,
		@JsonProperty("middle_name") @Nullable String middleName, @JsonProperty("last_name") @Nullable String lastName,
		@Nullable Map<String, Object> attributes, @Nullable List<String> lists, @Nullable List<String> tags,
		@Nullable String gender, @Nullable Integer age, @JsonProperty("Address1") @Nullable String address1,
		@JsonProperty("Address2") @Nullable String address2, @Nullable String city, @Nullable String state,
		@Nullable String country, @JsonProperty("postal_code") @Nullable String postalCode,
		@Nullable String designation, @Nullable String company, @Nullable String industry, @Nullable String description,
		@JsonProperty("anniversary_date") @Nullable String anniversaryDate) {

	/**
	 * Create a recipient with only an email address.
	 * @param email the email address
	 * @return the recipient
	 */
	public static Recipient of(String email) {
		return builder().email(email).build();
	}

	/**
	 * Return a builder for a recipient.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for a {@link Recipient}.
	 */
	public static final class Builder extends Contact.PropertiesBuilder<Builder> {

		private @Nullable String email;

		private @Nullable String name;

		private @Nullable String firstName;

		private @Nullable String middleName;

		private @Nullable String lastName;

		private @Nullable String gender;

		private @Nullable Integer age;

		private @Nullable String address1;

		private @Nullable String address2;

		private @Nullable String city;

		private @Nullable String state;

		private @Nullable String country;

		private @Nullable String postalCode;

		private @Nullable String designation;

		private @Nullable String company;

		private @Nullable String industry;

		private @Nullable String description;

		private @Nullable String anniversaryDate;

		private Builder() {
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
		 * Set the full name.
		 * @param name the full name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		 * Set the middle name.
		 * @param middleName the middle name
		 * @return this builder
		 */
		public Builder middleName(@Nullable String middleName) {
			this.middleName = middleName;
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
		 * Set the gender.
		 * @param gender the gender
		 * @return this builder
		 */
		public Builder gender(@Nullable String gender) {
			this.gender = gender;
			return this;
		}

		/**
		 * Set the age.
		 * @param age the age
		 * @return this builder
		 */
		public Builder age(@Nullable Integer age) {
			this.age = age;
			return this;
		}

		/**
		 * Set the first address line.
		 * @param address1 the first address line
		 * @return this builder
		 */
		public Builder address1(@Nullable String address1) {
			this.address1 = address1;
			return this;
		}

		/**
		 * Set the second address line.
		 * @param address2 the second address line
		 * @return this builder
		 */
		public Builder address2(@Nullable String address2) {
			this.address2 = address2;
			return this;
		}

		/**
		 * Set the city.
		 * @param city the city
		 * @return this builder
		 */
		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		/**
		 * Set the state.
		 * @param state the state
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			this.state = state;
			return this;
		}

		/**
		 * Set the country.
		 * @param country the country
		 * @return this builder
		 */
		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		/**
		 * Set the postal code.
		 * @param postalCode the postal code
		 * @return this builder
		 */
		public Builder postalCode(@Nullable String postalCode) {
			this.postalCode = postalCode;
			return this;
		}

		/**
		 * Set the job title.
		 * @param designation the job title
		 * @return this builder
		 */
		public Builder designation(@Nullable String designation) {
			this.designation = designation;
			return this;
		}

		/**
		 * Set the company.
		 * @param company the company
		 * @return this builder
		 */
		public Builder company(@Nullable String company) {
			this.company = company;
			return this;
		}

		/**
		 * Set the industry.
		 * @param industry the industry
		 * @return this builder
		 */
		public Builder industry(@Nullable String industry) {
			this.industry = industry;
			return this;
		}

		/**
		 * Set the description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the anniversary date.
		 * @param anniversaryDate the anniversary date, as text
		 * @return this builder
		 */
		public Builder anniversaryDate(@Nullable String anniversaryDate) {
			this.anniversaryDate = anniversaryDate;
			return this;
		}

		/**
		 * Build the recipient.
		 * @return the recipient
		 */
		public Recipient build() {
			return new Recipient(this.email, this.name, this.firstName, this.middleName, this.lastName, getAttributes(),
					getLists(), getTags(), this.gender, this.age, this.address1, this.address2, this.city, this.state,
					this.country, this.postalCode, this.designation, this.company, this.industry, this.description,
					this.anniversaryDate);
		}

	}

}
