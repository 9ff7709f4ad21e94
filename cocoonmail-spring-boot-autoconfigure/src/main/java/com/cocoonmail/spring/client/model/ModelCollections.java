package com.cocoonmail.spring.client.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Copies the collections the model records hold.
 *
 * @author Cocoonmail Team
 */
final class ModelCollections {

	private ModelCollections() {
	}

	/**
	 * Return an unmodifiable copy of the given elements without {@code null} ones, or an
	 * empty list when there are none.
	 * @param <T> the element type
	 * @param elements the elements, possibly {@code null}
	 * @return the copy, never {@code null}
	 */
	static <T> List<T> nonNull(@Nullable Collection<T> elements) {
		if (elements == null || elements.isEmpty()) {
			return List.of();
		}
		List<T> copy = new ArrayList<>(elements.size());
		for (T element : elements) {
			if (element != null) {
				copy.add(element);
			}
		}
		return Collections.unmodifiableList(copy);
	}

	/**
	 * Return an unmodifiable, order-preserving copy of the given map, or an empty map
	 * when there is none.
	 * @param <K> the key type
	 * @param <V> the value type
	 * @param map the map, possibly {@code null}
	 * @return the copy, never {@code null}
	 */
	static <K, V> Map<K, V> nonNull(@Nullable Map<K, V> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/**
	 * Return an unmodifiable copy of the given elements, or {@code null} when there are
	 * none so that the property is left out of the JSON.
	 * @param <T> the element type
	 * @param elements the elements
	 * @return the copy or {@code null}
	 */
	static <T> @Nullable List<T> copyOf(@Nullable Collection<T> elements) {
		if (elements == null || elements.isEmpty()) {
			return null;
		}
		return elements.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * Return an unmodifiable, order-preserving copy of the given map, or {@code null}
	 * when it is empty so that the property is left out of the JSON.
	 * @param <K> the key type
	 * @param <V> the value type
	 * @param map the map
	 * @return the copy or {@code null}
	 */
	static <K, V> @Nullable Map<K, V> copyOf(@Nullable Map<K, V> map) {
		if (map == null || map.isEmpty()) {
			return null;
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}
