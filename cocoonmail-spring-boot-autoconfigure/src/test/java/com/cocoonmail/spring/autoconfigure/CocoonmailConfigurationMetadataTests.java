package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the generated configuration metadata describes every property.
 *
 * @author Cocoonmail Team
 */
class CocoonmailConfigurationMetadataTests {

	@Test
	void everyCocoonmailPropertyHasADescription() throws IOException {
		List<JsonNode> properties = properties("META-INF/spring-configuration-metadata.json");
		assertThat(properties).extracting((property) -> property.path("name").asString())
			.contains("cocoonmail.api-key", "cocoonmail.base-url", "cocoonmail.auth-scheme",
					"cocoonmail.connect-timeout", "cocoonmail.read-timeout", "cocoonmail.rate-limit.enabled",
					"cocoonmail.rate-limit.requests-per-second", "cocoonmail.rate-limit.timeout",
					"cocoonmail.retry.max-attempts", "cocoonmail.retry.initial-backoff", "cocoonmail.retry.max-backoff",
					"cocoonmail.retry.non-idempotent", "cocoonmail.health.cache-time-to-live",
					"cocoonmail.events.enabled", "cocoonmail.events.queue-capacity",
					"cocoonmail.events.shutdown-timeout", "cocoonmail.paths.create-contact",
					"cocoonmail.paths.list-custom-fields", "management.health.cocoonmail.enabled");
		assertThat(properties).allSatisfy(
				(property) -> assertThat(property.path("description").asString()).as(property.path("name").asString())
					.isNotBlank());
	}

	private static List<JsonNode> properties(String location) throws IOException {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			List<JsonNode> properties = new ArrayList<>();
			JsonMapper.builder().build().readTree(in).path("properties").forEach(properties::add);
			return properties;
		}
	}

}
