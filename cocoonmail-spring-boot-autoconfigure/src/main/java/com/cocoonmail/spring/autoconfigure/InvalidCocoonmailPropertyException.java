package com.cocoonmail.spring.autoconfigure;

/**
 * A {@code cocoonmail.*} property has a value the starter cannot work with.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class InvalidCocoonmailPropertyException extends IllegalStateException {

	private final String property;

	private final String value;

	private final String requirement;

	/**
	 * Create an exception.
	 * @param property the property name, for example
	 * {@code cocoonmail.rate-limit.requests-per-second}
	 * @param value the offending value
	 * @param requirement what the value must be
	 */
	public InvalidCocoonmailPropertyException(String property, Object value, String requirement) {
		super("Invalid value '" + value + "' for " + property + ": " + requirement);
		this.property = property;
		this.value = String.valueOf(value);
		this.requirement = requirement;
	}

	/**
	 * Return the property name.
	 * @return the property
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return the offending value.
	 * @return the value
	 */
	public String getValue() {
		return this.value;
	}

	/**
	 * Return what the value must be.
	 * @return the requirement
	 */
	public String getRequirement() {
		return this.requirement;
	}

}
