package com.cocoonmail.spring.client.model;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one element of a recipient array whose element type Cocoonmail does not document
 * (for example {@code failed_recipients}): a string is kept as it is, an object is
 * reduced to its {@code email} (or {@code to}) field when that is a string, and anything
 * else is kept as its compact JSON text.
 *
 * @author Cocoonmail Team
 */
final class RecipientTextDeserializer extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isObject()) {
			String address = textField(node, "email");
			if (address == null) {
				address = textField(node, "to");
			}
			if (address != null) {
				return address;
			}
		}
		if (node.isValueNode()) {
			return node.asString();
		}
		return node.toString();
	}

	private static @Nullable String textField(JsonNode node, String name) {
		JsonNode field = node.get(name);
		return (field != null && field.isString()) ? field.stringValue() : null;
	}

}
