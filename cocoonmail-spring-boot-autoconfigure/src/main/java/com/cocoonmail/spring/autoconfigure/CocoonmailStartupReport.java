package com.cocoonmail.spring.autoconfigure;

import java.net.URI;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs, once at start-up, the one INFO line that says how the client talks to Cocoonmail:
 * host, auth scheme, limiter and delivery mode. Never the key.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailStartupReport {

	private static final Log logger = LogFactory.getLog(CocoonmailStartupReport.class);

	private CocoonmailStartupReport() {
	}

	static void log(String baseUrl, CocoonmailProperties properties) {
		if (logger.isInfoEnabled()) {
			logger.info(describe(baseUrl, properties));
		}
	}

	static String describe(String baseUrl, CocoonmailProperties properties) {
		return "Cocoonmail client: host " + host(baseUrl) + ", auth scheme " + lowerCase(properties.getAuthScheme())
				+ ", limiter " + limiter(properties.getRateLimit()) + ", delivery mode "
				+ lowerCase(properties.getDelivery().getMode());
	}

	private static String host(String baseUrl) {
		try {
			URI uri = URI.create(baseUrl.trim());
			String host = uri.getHost();
			if (host == null) {
				return baseUrl;
			}
			return (uri.getPort() != -1) ? host + ":" + uri.getPort() : host;
		}
		catch (IllegalArgumentException ex) {
			return baseUrl;
		}
	}

	private static String limiter(CocoonmailProperties.RateLimit rateLimit) {
		if (!rateLimit.isEnabled()) {
			return "off";
		}
		String store = lowerCase(rateLimit.getStore());
		String where = store.equals("local") ? "local" : store + " store";
		return where + " (" + rateLimit.getRequestsPerSecond() + " requests per second)";
	}

	private static String lowerCase(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
