package com.cocoonmail.testservers;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds binaries shipped as class-path resources by Maven Central artifacts and names
 * their unpacked copy after the artifact they come from.
 *
 * @author Cocoonmail Team
 */
final class BundledBinaries {

	private BundledBinaries() {
	}

	/**
	 * Return the operating system and architecture, e.g. {@code linux-x86_64}.
	 * @return the platform
	 */
	static String platform() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.replace(' ', '_');
		String archName = (arch.equals("amd64") || arch.equals("x86_64")) ? "x86_64"
				: (arch.equals("aarch64") || arch.equals("arm64")) ? "arm64" : arch;
		return osName + "-" + archName;
	}

	/**
	 * Return the resource, failing with what to add to the class path if it is missing.
	 * @param name the resource's name
	 * @param artifact the artifact that ships it, for the message
	 * @return the resource's URL
	 */
	static URL resource(String name, String artifact) {
		URL url = BundledBinaries.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("No " + name + " on the class path for this platform (" + platform()
					+ "): it comes from " + artifact + "; only linux-x86_64 is set up in cocoonmail-test-servers");
		}
		return url;
	}

	/**
	 * Return a folder name unique for the resource (its URL names the artifact's
	 * version).
	 * @param prefix the name's start
	 * @param url the resource
	 * @return the folder name
	 */
	static String folderName(String prefix, URL url) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(url.toString().getBytes(StandardCharsets.UTF_8));
			return prefix + "-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
