package com.cocoonmail.spring.client.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Base of the builders whose record carries free-form attributes: {@link Contact},
 * {@link Recipient}, {@link WhatsAppRecipient} and {@link SendEventRequest}. Attributes
 * keep the order in which they were added.
 *
 * @param <B> the type of the concrete builder, returned by every method
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public abstract class AttributesBuilder<B extends AttributesBuilder<B>> {

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
