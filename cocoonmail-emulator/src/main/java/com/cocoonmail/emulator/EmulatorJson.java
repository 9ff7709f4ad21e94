package com.cocoonmail.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON of requests and answers as maps and lists.
 *
 * @author Cocoonmail Team
 */
final class EmulatorJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	private EmulatorJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * Read a JSON object; an empty body reads as an empty object.
	 * @param body the body
	 * @return the object
	 * @throws IllegalArgumentException if the body is not a JSON object
	 */
	static Map<String, Object> readObject(String body) {
		if (body.isBlank()) {
			return new LinkedHashMap<>();
		}
		try {
			return MAPPER.readValue(body, OBJECT);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The body is not a JSON object: " + ex.getOriginalMessage(), ex);
		}
	}

	static List<?> list(Map<String, Object> object, String name) {
		return (object.get(name) instanceof List<?> list) ? list : List.of();
	}

	static Map<String, Object> map(@Nullable Object value) {
		Map<String, Object> object = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((name, field) -> object.put(String.valueOf(name), field));
		}
		return object;
	}

	static String text(Map<?, ?> object, String name) {
		Object value = object.get(name);
		return (value instanceof String text) ? text : "";
	}

}
