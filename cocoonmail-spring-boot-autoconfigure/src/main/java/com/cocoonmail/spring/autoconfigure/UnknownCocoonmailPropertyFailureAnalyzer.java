package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;

/**
 * Explains a {@code cocoonmail.*} key that no property of the starter binds (for example
 * {@code cocoonmail.rate-limt.enabled}), suggesting the known property it is closest to.
 * Values are never shown: a misspelled {@code api-key} would otherwise print the key.
 *
 * @author Cocoonmail Team
 */
class UnknownCocoonmailPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
		implements Ordered {

	private static final String PREFIX = "cocoonmail.";

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
		List<ConfigurationProperty> unknown = cause.getUnboundProperties()
			.stream()
			.filter((property) -> property.getName().toString().startsWith(PREFIX))
			.sorted()
			.toList();
		if (unknown.isEmpty()) {
			return null;
		}
		Set<String> known = knownProperties();
		StringBuilder description = new StringBuilder();
		StringBuilder action = new StringBuilder();
		for (ConfigurationProperty property : unknown) {
			String name = property.getName().toString();
			description.append(String.format("The property '%s'%s is not a Cocoonmail property.%n", name,
					originOf(property.getOrigin())));
			String suggestion = closest(name, known);
			action.append((suggestion != null) ? String.format("Did you mean '%s'? Rename '%s'.%n", suggestion, name)
					: String.format("Remove '%s'.%n", name));
		}
		action.append("The README's property table lists every cocoonmail.* property.");
		return new FailureAnalysis(description.toString().trim(), action.toString(), cause);
	}

	private static String originOf(@Nullable Origin origin) {
		return (origin != null) ? " (from " + origin + ")" : "";
	}

	// The known property at the smallest edit distance, if close enough to be a typo
	// (at most a quarter of the name's characters, and at least 2)
	static @Nullable String closest(String name, Set<String> known) {
		int limit = Math.max(2, name.length() / 4);
		return known.stream()
			.filter((candidate) -> distance(name, candidate) <= limit)
			.min(Comparator.comparingInt((String candidate) -> distance(name, candidate))
				.thenComparing(Comparator.naturalOrder()))
			.orElse(null);
	}

	// Levenshtein distance (no library on the starter's class path offers one)
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	// Every cocoonmail.* property named in the metadata the configuration processor
	// writes
	static Set<String> knownProperties() {
		Set<String> names = new TreeSet<>();
		JsonMapper mapper = JsonMapper.builder().build();
		try {
			Enumeration<URL> resources = UnknownCocoonmailPropertyFailureAnalyzer.class.getClassLoader()
				.getResources(METADATA);
			while (resources.hasMoreElements()) {
				try (InputStream in = resources.nextElement().openStream()) {
					for (JsonNode property : mapper.readTree(in).path("properties")) {
						String name = property.path("name").asString("");
						if (name.startsWith(PREFIX)) {
							names.add(name);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// No suggestion then; the analysis still names the unknown key
		}
		return names;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
