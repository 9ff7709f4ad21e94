package com.cocoonmail.spring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this library, for the {@code User-Agent} header.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailVersion {

	private static final String VERSION = load();

	private CocoonmailVersion() {
	}

	static String get() {
		return VERSION;
	}

	private static String load() {
		try (InputStream in = CocoonmailVersion.class.getResourceAsStream("version.properties")) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
