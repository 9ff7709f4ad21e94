package com.cocoonmail.spring.client;

import java.util.ArrayList;
import java.util.List;

import com.cocoonmail.spring.client.CocoonmailRequestExecutor.AnswerReader;
import com.cocoonmail.spring.client.model.Contact;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.StringUtils;

/**
 * Readers for the shapes of Cocoonmail's 2xx answers.
 *
 * @author Cocoonmail Team
 */
final class AnswerReaders {

	private AnswerReaders() {
	}

	/**
	 * Read the whole body as one object; an empty body reads as an object with no fields.
	 * @param <T> the type read
	 * @param type the type read
	 * @return the reader
	 */
	static <T> AnswerReader<T> object(Class<T> type) {
		return (body) -> CocoonmailJson.mapper().readValue(StringUtils.hasText(body) ? body : "{}", type);
	}

	/**
	 * Read the {@code data} object of a {@code {"message": ..., "data": {...}}} envelope;
	 * a missing or null {@code data} reads as nothing.
	 * @param <T> the type read
	 * @param type the type read
	 * @return the reader
	 */
	static <T> AnswerReader<T> data(Class<T> type) {
		return (body) -> {
			JsonNode data = tree(body).get("data");
			return (data == null || data.isNull()) ? null : CocoonmailJson.mapper().treeToValue(data, type);
		};
	}

	/**
	 * Read a list given either as a bare array or as the {@code data} array (or the only
	 * array) of an object.
	 * @param <T> the element type
	 * @param type the element type
	 * @return the reader
	 */
	static <T> AnswerReader<List<T>> list(Class<T> type) {
		return (body) -> elements(tree(body), type);
	}

	static <T> AnswerReader<T> nothing() {
		return (body) -> null;
	}

	static ContactPage contactPage(String body, int requestedPage) {
		JsonNode root = tree(body);
		List<Contact> contacts = elements(root, Contact.class);
		JsonNode meta = root.path("meta");
		int currentPage = meta.path("current_page").asInt(requestedPage);
		int lastPage = meta.path("last_page").asInt(currentPage);
		JsonNode next = root.path("links").path("next");
		boolean hasNext = (next.isString() && StringUtils.hasText(next.asString())) || currentPage < lastPage;
		return new ContactPage(contacts, currentPage, hasNext && !contacts.isEmpty());
	}

	private static JsonNode tree(String body) {
		return CocoonmailJson.mapper().readTree(StringUtils.hasText(body) ? body : "{}");
	}

	private static <T> List<T> elements(JsonNode root, Class<T> type) {
		JsonNode array = arrayOf(root);
		List<T> result = new ArrayList<>();
		if (array != null) {
			for (JsonNode element : array) {
				result.add(CocoonmailJson.mapper().treeToValue(element, type));
			}
		}
		return result;
	}

	private static @Nullable JsonNode arrayOf(JsonNode root) {
		if (root.isArray()) {
			return root;
		}
		JsonNode data = root.get("data");
		if (data != null && data.isArray()) {
			return data;
		}
		for (JsonNode value : root.values()) {
			if (value.isArray()) {
				return value;
			}
		}
		return null;
	}

	/**
	 * One page of {@code listContacts}.
	 *
	 * @param contacts the contacts on the page
	 * @param number the page number
	 * @param hasNext whether a further page exists
	 */
	record ContactPage(List<Contact> contacts, int number, boolean hasNext) {

	}

}
