package com.cocoonmail.spring.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.json.JSONException;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON helpers shared by the client tests and the model tests: the test resources in
 * {@code com/cocoonmail/spring/client/} and reading and writing with the client's
 * {@link CocoonmailJson#mapper() mapper}.
 *
 * @author Cocoonmail Team
 */
public final class TestJson {

	private TestJson() {
	}

	/**
	 * Return the text of a test resource in {@code com/cocoonmail/spring/client/}.
	 * @param name the resource name
	 * @return the text
	 */
	public static String resource(String name) {
		try {
			return new ClassPathResource(name, TestJson.class).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Write the given value as compact JSON.
	 * @param value the value
	 * @return the JSON
	 */
	public static String write(Object value) {
		return CocoonmailJson.mapper().writeValueAsString(value);
	}

	/**
	 * Return the given JSON without insignificant white space, to compare with what
	 * {@link #write(Object)} returns.
	 * @param json the JSON
	 * @return the compact JSON
	 */
	public static String compact(String json) {
		return CocoonmailJson.mapper().readTree(json).toString();
	}

	/**
	 * Assert that the value writes exactly the JSON of the given test resource, in the
	 * same field order.
	 * @param value the value
	 * @param resourceName the name of the resource in
	 * {@code com/cocoonmail/spring/client/}
	 */
	public static void assertWrites(Object value, String resourceName) {
		assertThat(write(value)).isEqualTo(compact(resource(resourceName)));
	}

	/**
	 * Assert that the actual JSON is exactly the expected JSON: same fields, same array
	 * order, nothing more.
	 * @param expectedJson the expected JSON
	 * @param actualJson the actual JSON
	 */
	public static void assertJsonEquals(String expectedJson, String actualJson) {
		try {
			JSONAssert.assertEquals(expectedJson, actualJson, JSONCompareMode.STRICT);
		}
		catch (JSONException ex) {
			throw new AssertionError("Not JSON: " + actualJson, ex);
		}
	}

	/**
	 * Read the given JSON as a tree.
	 * @param json the JSON
	 * @return the tree
	 */
	public static JsonNode tree(String json) {
		return CocoonmailJson.mapper().readTree(json);
	}

	/**
	 * Read the given JSON as the given type.
	 * @param <T> the type
	 * @param json the JSON
	 * @param type the type
	 * @return the value
	 */
	public static <T> T read(String json, Class<T> type) {
		return CocoonmailJson.mapper().readValue(json, type);
	}

	/**
	 * Read the {@code data} object of the given answer as the given type.
	 * @param <T> the type
	 * @param answer the JSON of the whole answer
	 * @param type the type
	 * @return the value
	 */
	public static <T> T readData(String answer, Class<T> type) {
		return CocoonmailJson.mapper().treeToValue(CocoonmailJson.mapper().readTree(answer).get("data"), type);
	}

}
