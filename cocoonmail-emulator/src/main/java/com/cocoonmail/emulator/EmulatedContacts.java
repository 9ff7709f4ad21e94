package com.cocoonmail.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The contacts of the emulated workspace, with their create, update, find, delete and
 * paged list endpoints.
 *
 * @author Cocoonmail Team
 */
final class EmulatedContacts {

	private static final String EMAIL = "email";

	private static final String USER_ID = "user_id";

	private final List<Map<String, Object>> contacts = new ArrayList<>();

	EmulatorAnswer create(Map<String, Object> contact) {
		String email = EmulatorJson.text(contact, EMAIL);
		if (email.isEmpty()) {
			return EmulatorAnswer.error(400, "email is required");
		}
		if (find(EMAIL, email) != null) {
			return EmulatorAnswer.error(409, "A contact with this email already exists");
		}
		String id = UUID.randomUUID().toString();
		Map<String, Object> stored = new LinkedHashMap<>(contact);
		stored.put("id", id);
		this.contacts.add(stored);
		return InMemoryCocoonmail.ok(200, Map.of("success", true, "id", id));
	}

	EmulatorAnswer update(Map<String, Object> contact) {
		String email = EmulatorJson.text(contact, EMAIL);
		String userId = EmulatorJson.text(contact, USER_ID);
		if (email.isEmpty() && userId.isEmpty()) {
			return EmulatorAnswer.error(400, "email or user_id is required");
		}
		Map<String, Object> existing = (!userId.isEmpty()) ? find(USER_ID, userId) : null;
		existing = (existing != null) ? existing : find(EMAIL, email);
		if (existing == null) {
			return create(contact);
		}
		existing.putAll(contact);
		return InMemoryCocoonmail.ok(200, Map.of("success", true, "id", existing.get("id")));
	}

	EmulatorAnswer find(Map<String, String> query) {
		String field = query.containsKey(EMAIL) ? EMAIL : USER_ID;
		String value = query.getOrDefault(field, "");
		if (value.isEmpty()) {
			return EmulatorAnswer.error(400, "email or user_id is required");
		}
		Map<String, Object> contact = find(field, value);
		return InMemoryCocoonmail.ok(200, (contact != null) ? List.of(contact) : List.of());
	}

	EmulatorAnswer delete(Map<String, Object> lookup) {
		String field = lookup.containsKey(EMAIL) ? EMAIL : USER_ID;
		Map<String, Object> contact = find(field, EmulatorJson.text(lookup, field));
		if (contact == null) {
			return EmulatorAnswer.error(404, "Contact not found");
		}
		this.contacts.remove(contact);
		return InMemoryCocoonmail.ok(200, Map.of("success", true, "message", "Contact deleted."));
	}

	EmulatorAnswer list(Map<String, String> query, String path) {
		int perPage = Math.max(1, number(query.get("per_page"), 15));
		int page = Math.max(1, number(query.get("page"), 1));
		int total = this.contacts.size();
		int lastPage = Math.max(1, (total + perPage - 1) / perPage);
		int from = Math.min(total, (page - 1) * perPage);
		int to = Math.min(total, from + perPage);
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("first", pageUrl(path, 1, perPage));
		links.put("last", pageUrl(path, lastPage, perPage));
		links.put("prev", (page > 1) ? pageUrl(path, page - 1, perPage) : null);
		links.put("next", (page < lastPage) ? pageUrl(path, page + 1, perPage) : null);
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("current_page", page);
		meta.put("last_page", lastPage);
		meta.put("per_page", perPage);
		meta.put("total", total);
		return InMemoryCocoonmail.ok(200,
				Map.of("data", List.copyOf(this.contacts.subList(from, to)), "links", links, "meta", meta));
	}

	List<Map<String, Object>> all() {
		return this.contacts.stream().<Map<String, Object>>map(LinkedHashMap::new).toList();
	}

	void clear() {
		this.contacts.clear();
	}

	private @Nullable Map<String, Object> find(String field, String value) {
		return this.contacts.stream().filter((contact) -> value.equals(contact.get(field))).findFirst().orElse(null);
	}

	private static String pageUrl(String path, int page, int perPage) {
		return path + "?page=" + page + "&per_page=" + perPage;
	}

	private static int number(@Nullable String value, int fallback) {
		try {
			return (value != null) ? Integer.parseInt(value) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
