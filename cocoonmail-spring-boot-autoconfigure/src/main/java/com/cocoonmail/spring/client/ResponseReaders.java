package com.cocoonmail.spring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.Quota;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.StringUtils;

/**
 * Readers for the shapes of Cocoonmail's 2xx response bodies, read from bytes.
 *
 * @author Cocoonmail Team
 */
final class ResponseReaders {

	private static final byte[] EMPTY_OBJECT = { '{', '}' };

	private ResponseReaders() {
	}

	/**
	 * Read the whole body as one object; an empty body reads as an object with no fields.
	 * @param <T> the type read
	 * @param type the type read
	 * @return the reader
	 */
	static <T> ResponseReader<T> object(Class<T> type) {
		return (body) -> CocoonmailJson.mapper().readValue(orEmptyObject(body), type);
	}

	/**
	 * Read the whole body as one object that reports quotas.
	 * @param <T> the type read
	 * @param type the type read
	 * @param quotas the quotas the object reports
	 * @return the reader
	 */
	static <T> ResponseReader<T> reportingQuotas(Class<T> type, Function<T, Map<String, Quota>> quotas) {
		return new ResponseReader<>() {

			@Override
			public T read(byte[] body) {
				return CocoonmailJson.mapper().readValue(orEmptyObject(body), type);
			}

			@Override
			public Map<String, Quota> quotas(T value) {
				return quotas.apply(value);
			}

		};
	}

	/**
	 * Read the {@code data} object of a {@code {"message": ..., "data": {...}}} envelope;
	 * an empty body or a missing or null {@code data} is {@link MissingData}.
	 * @param <T> the type read
	 * @param type the type read
	 * @return the reader
	 */
	static <T> ResponseReader<T> data(Class<T> type) {
		return (body) -> {
			JsonNode data = tree(body).get("data");
			if (data == null || data.isNull() || data.isMissingNode()) {
				throw new MissingData();
			}
			return CocoonmailJson.mapper().treeToValue(data, type);
		};
	}

	/**
	 * Read a list given either as a bare array or as the {@code data} array (or the only
	 * array) of an object.
	 * @param <T> the element type
	 * @param type the element type
	 * @return the reader
	 */
	static <T> ResponseReader<List<T>> list(Class<T> type) {
		return (body) -> elements(tree(body), type);
	}

	/**
	 * Read nothing: the call completes empty.
	 * @param <T> the type the call is declared with
	 * @return the reader
	 */
	static <T> ResponseReader<T> nothing() {
		return (body) -> null;
	}

	/**
	 * Read one page of {@code listContacts}.
	 * @param requestedPage the page asked for
	 * @return the reader
	 */
	static ResponseReader<ContactPage> contactPage(int requestedPage) {
		return (body) -> {
			JsonNode root = tree(body);
			List<Contact> contacts = elements(root, Contact.class);
			JsonNode meta = root.path("meta");
			int currentPage = meta.path("current_page").asInt(requestedPage);
			int lastPage = meta.path("last_page").asInt(currentPage);
			JsonNode next = root.path("links").path("next");
			boolean hasNext = (next.isString() && StringUtils.hasText(next.asString())) || currentPage < lastPage;
			return new ContactPage(contacts, currentPage, hasNext && !contacts.isEmpty());
		};
	}

	private static byte[] orEmptyObject(byte[] body) {
		for (byte character : body) {
			if (!Character.isWhitespace(character)) {
				return body;
			}
		}
		return EMPTY_OBJECT;
	}

	private static JsonNode tree(byte[] body) {
		return CocoonmailJson.mapper().readTree(orEmptyObject(body));
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
	 * Reads a 2xx response body.
	 *
	 * @param <T> the type read
	 */
	@FunctionalInterface
	interface ResponseReader<T> {

		/**
		 * Read the body.
		 * @param body the raw body, empty when there was none
		 * @return the value, or {@code null} when the call completes empty
		 * @throws tools.jackson.core.JacksonException if the body is not what was
		 * expected
		 * @throws MissingData if the body lacks the documented data
		 */
		@Nullable T read(byte[] body);

		/**
		 * Return the quotas a value reports.
		 * @param value the value read
		 * @return the quotas, empty when it reports none
		 */
		default Map<String, Quota> quotas(T value) {
			return Map.of();
		}

	}

	/**
	 * A 2xx body without the documented data.
	 */
	static final class MissingData extends RuntimeException {

		MissingData() {
			super("the response lacks the documented data", null, false, false);
		}

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
