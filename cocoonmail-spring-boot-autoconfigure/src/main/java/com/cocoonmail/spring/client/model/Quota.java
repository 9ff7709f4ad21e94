package com.cocoonmail.spring.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One quota of a workspace, such as {@code MAX_SEND_MAIL_PER_DAY}. Cocoonmail documents
 * the values as strings but may send numbers, so both are kept as text and
 * {@link #limitValue()} and {@link #usageValue()} parse them.
 *
 * @param limit the limit, as sent
 * @param usage the usage so far, as sent
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quota(@Nullable String limit, @Nullable String usage) {

	/**
	 * Return the limit as a number.
	 * @return the limit, or {@code null} if it is absent or not a whole number
	 */
	@JsonIgnore
	public @Nullable Long limitValue() {
		return parse(this.limit);
	}

	/**
	 * Return the usage as a number.
	 * @return the usage, or {@code null} if it is absent or not a whole number
	 */
	@JsonIgnore
	public @Nullable Long usageValue() {
		return parse(this.usage);
	}

	private static @Nullable Long parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.trim()).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

}
