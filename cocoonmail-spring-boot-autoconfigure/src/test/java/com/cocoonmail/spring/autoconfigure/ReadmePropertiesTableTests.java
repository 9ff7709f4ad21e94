package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the README's property table matches the generated configuration metadata:
 * the same properties, defaults and descriptions.
 *
 * @author Cocoonmail Team
 */
class ReadmePropertiesTableTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| `?([^`|]*)`? \\| (.*) \\|$");

	private static final String NO_DEFAULT = "\u2014";

	@Test
	void readmeTableMatchesMetadata() throws IOException {
		assertThat(readmeRows()).isEqualTo(metadataRows());
	}

	private static Map<String, String> readmeRows() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		String section = readme.substring(readme.indexOf("## Configuration properties"));
		section = section.substring(0, section.indexOf("\n## ", 1));
		Map<String, String> rows = new TreeMap<>();
		for (String line : section.split("\n")) {
			Matcher matcher = ROW.matcher(line.strip());
			if (matcher.matches()) {
				String defaultValue = matcher.group(2).strip().replace(NO_DEFAULT, "");
				rows.put(matcher.group(1), defaultValue + " | " + matcher.group(3).strip());
			}
		}
		return rows;
	}

	private static Map<String, String> metadataRows() throws IOException {
		Map<String, String> rows = new TreeMap<>();
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
				JsonNode defaultValue = property.path("defaultValue");
				rows.put(property.path("name").asString(), (defaultValue.isMissingNode() ? "" : defaultValue.asString())
						+ " | " + property.path("description").asString());
			}
		}
		return rows;
	}

}
