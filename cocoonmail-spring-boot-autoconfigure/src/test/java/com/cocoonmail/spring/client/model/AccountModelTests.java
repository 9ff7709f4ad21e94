package com.cocoonmail.spring.client.model;

import com.cocoonmail.spring.client.CocoonmailJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiKeyValidation} and {@link EmailUsage}.
 *
 * @author Cocoonmail Team
 */
class AccountModelTests {

	@Test
	void apiKeyValidationParsesProductionExample() {
		ApiKeyValidation validation = read("{ \"success\": true }", ApiKeyValidation.class);
		assertThat(validation.success()).isTrue();
		assertThat(validation.workspaceId()).isNull();
		assertThat(validation.workspaceName()).isNull();
	}

	@Test
	void apiKeyValidationParsesStagingVariantWithWorkspaceFields() {
		ApiKeyValidation validation = read(
				"{ \"success\": true, \"workspace_id\": \"cae15020ee\", \"workspace_name\": \"Cocoonmail Internal\" }",
				ApiKeyValidation.class);
		assertThat(validation.success()).isTrue();
		assertThat(validation.workspaceId()).isEqualTo("cae15020ee");
		assertThat(validation.workspaceName()).isEqualTo("Cocoonmail Internal");
	}

	@Test
	void apiKeyValidationIgnoresUnknownFields() {
		ApiKeyValidation validation = read(
				"{ \"success\": false, \"message\": \"Invalid API key\", \"error\": \"Invalid API key\", \"teamName\": \"x\" }",
				ApiKeyValidation.class);
		assertThat(validation.success()).isFalse();
	}

	@Test
	void emailUsageParsesDocumentedExampleWithEmptyQuotas() {
		EmailUsage usage = read("{ \"success\": true }", EmailUsage.class);
		assertThat(usage.success()).isTrue();
		assertThat(usage.message()).isNull();
		assertThat(usage.quotas()).isEmpty();
	}

	@Test
	void emailUsageParsesQuotas() {
		EmailUsage usage = read("""
				{ "success": true, "plan": "pro",
				  "quotas": { "MAX_SEND_MAIL_PER_DAY": { "limit": 1000, "usage": 10 },
				              "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL": { "limit": "30000", "usage": "250" } } }
				""", EmailUsage.class);
		assertThat(usage.quotas()).containsOnlyKeys("MAX_SEND_MAIL_PER_DAY", "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL");
		assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").usageValue()).isEqualTo(10L);
		assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL").limitValue()).isEqualTo(30000L);
	}

	private static <T> T read(String json, Class<T> type) {
		return CocoonmailJson.mapper().readValue(json, type);
	}

}
