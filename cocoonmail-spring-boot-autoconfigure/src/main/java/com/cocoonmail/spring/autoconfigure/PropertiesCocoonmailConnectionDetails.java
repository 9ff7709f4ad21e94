package com.cocoonmail.spring.autoconfigure;

import org.springframework.util.Assert;

/**
 * {@link CocoonmailConnectionDetails} taken from {@link CocoonmailProperties}.
 *
 * @author Cocoonmail Team
 */
final class PropertiesCocoonmailConnectionDetails implements CocoonmailConnectionDetails {

	private final CocoonmailProperties properties;

	PropertiesCocoonmailConnectionDetails(CocoonmailProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public String getApiKey() {
		String apiKey = this.properties.getApiKey();
		Assert.state(apiKey != null, "cocoonmail.api-key is not set");
		return apiKey;
	}

	@Override
	public String toString() {
		return "PropertiesCocoonmailConnectionDetails[baseUrl=" + getBaseUrl() + "]";
	}

}
