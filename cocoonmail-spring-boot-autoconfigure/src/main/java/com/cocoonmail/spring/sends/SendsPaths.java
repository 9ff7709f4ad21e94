package com.cocoonmail.spring.sends;

/**
 * Normalizes the configured API path.
 *
 * @author Cocoonmail Team
 */
final class SendsPaths {

	private SendsPaths() {
	}

	static String normalize(String path) {
		String base = path.strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base.startsWith("/") ? base : "/" + base;
	}

}
