package com.cocoonmail.spring.client;

/**
 * A plain-http base URL to a host other than loopback: the API key would cross the
 * network in clear text.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class InsecureBaseUrlException extends IllegalArgumentException {

	private final String baseUrl;

	InsecureBaseUrlException(String baseUrl) {
		super("Cocoonmail base URL '" + baseUrl
				+ "' uses plain http to a host other than loopback, which would send the API key in clear text; "
				+ "use https");
		this.baseUrl = baseUrl;
	}

	/**
	 * Return the refused base URL.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

}
