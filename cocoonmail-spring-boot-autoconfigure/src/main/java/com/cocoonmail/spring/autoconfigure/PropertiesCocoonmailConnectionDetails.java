package com.cocoonmail.spring.autoconfigure;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * {@link CocoonmailConnectionDetails} taken from {@link CocoonmailProperties}.
 *
 * @author Cocoonmail Team
 */
final class PropertiesCocoonmailConnectionDetails implements CocoonmailConnectionDetails {

	/**
	 * The key used in {@code log} and {@code capture} mode without a configured key: it
	 * never leaves the JVM.
	 */
	static final String NO_KEY = "no-key-needed-in-this-delivery-mode";

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
		if (!StringUtils.hasText(apiKey)
				&& this.properties.getDelivery().getMode() != CocoonmailProperties.Delivery.Mode.LIVE) {
			return NO_KEY;
		}
		Assert.state(apiKey != null, "cocoonmail.api-key is not set");
		return apiKey;
	}

	@Override
	public String toString() {
		return "PropertiesCocoonmailConnectionDetails[baseUrl=" + getBaseUrl() + "]";
	}

}
