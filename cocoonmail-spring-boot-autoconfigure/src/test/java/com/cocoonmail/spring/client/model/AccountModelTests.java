package com.cocoonmail.spring.client.model;

import com.cocoonmail.spring.client.TestJson;
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
		ApiKeyValidation validation = TestJson.read(TestJson.resource("validate-api-key-response.json"),
				ApiKeyValidation.class);
		assertThat(validation.success()).isTrue();
		assertThat(validation.workspaceId()).isNull();
		assertThat(validation.workspaceName()).isNull();
	}

	@Test
	void apiKeyValidationParsesStagingVariantWithWorkspaceFields() {
		ApiKeyValidation validation = TestJson.read(TestJson.resource("validate-api-key-staging-response.json"),
				ApiKeyValidation.class);
		assertThat(validation.success()).isTrue();
		assertThat(validation.workspaceId()).isEqualTo("xyz12345ab");
		assertThat(validation.workspaceName()).isEqualTo("workspace name");
	}

	@Test
	void apiKeyValidationIgnoresUnknownFields() {
		ApiKeyValidation validation = TestJson.read(
				"{ \"success\": false, \"message\": \"Invalid API key\", \"error\": \"Invalid API key\", \"teamName\": \"x\" }",
				ApiKeyValidation.class);
		assertThat(validation.success()).isFalse();
	}

	@Test
	void emailUsageParsesDocumentedExampleWithEmptyQuotas() {
		EmailUsage usage = TestJson.read(TestJson.resource("email-usage-response.json"), EmailUsage.class);
		assertThat(usage.success()).isTrue();
		assertThat(usage.message()).isNull();
		assertThat(usage.quotas()).isEmpty();
	}

	@Test
	void emailUsageParsesQuotas() {
		EmailUsage usage = TestJson.read("""
				{ "success": true, "plan": "pro",
				  "quotas": { "MAX_SEND_MAIL_PER_DAY": { "limit": 1000, "usage": 10 },
				              "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL": { "limit": "30000", "usage": "250" } } }
				""", EmailUsage.class);
		assertThat(usage.quotas()).containsOnlyKeys("MAX_SEND_MAIL_PER_DAY", "MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL");
		assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_DAY").usageValue()).isEqualTo(10L);
		assertThat(usage.quotas().get("MAX_SEND_MAIL_PER_MONTH_TRANSACTIONAL").limitValue()).isEqualTo(30000L);
	}

}
