package com.cocoonmail.spring.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.util.StringUtils;

/**
 * Checks the base URL: absolute, and {@code https} unless the host is loopback.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailBaseUrl {

	/**
	 * Cocoonmail's production base URL.
	 */
	static final String DEFAULT = "https://webhook.cocoonmail.com";

	private CocoonmailBaseUrl() {
	}

	/**
	 * Return the base URL without a trailing slash, or fail if it is malformed or sends
	 * the API key in clear text to a host other than loopback.
	 * @param baseUrl the base URL
	 * @return the normalized base URL
	 * @throws InsecureBaseUrlException if the URL uses plain http to a non-loopback host
	 * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
	 */
	static String requireSecure(String baseUrl) {
		URI uri = parse(baseUrl);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
		if (!scheme.equals("https") && !scheme.equals("http") || !StringUtils.hasText(uri.getHost())) {
			throw new IllegalArgumentException(
					"Cocoonmail base URL '" + baseUrl + "' must be an absolute http(s) URL such as " + DEFAULT);
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			throw new InsecureBaseUrlException(baseUrl);
		}
		return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Whether the host is a loopback name or address.
	 * @param host the host
	 * @return whether it is loopback
	 */
	static boolean isLoopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

	private static URI parse(String baseUrl) {
		try {
			return new URI(baseUrl.trim());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Cocoonmail base URL '" + baseUrl + "' is not a valid URL", ex);
		}
	}

}
