package com.cocoonmail.testservers;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The {@code redis-server} binary from {@code com.github.codemonstur:embedded-redis},
 * copied once per machine out of the jar into a folder where it can run.
 *
 * @author Cocoonmail Team
 */
final class RedisBinary {

	private static final String ARTIFACT = "com.github.codemonstur:embedded-redis";

	private static final Map<String, String> RESOURCES = Map.of("linux-x86_64", "redis-server-6.2.6-v5-linux-amd64",
			"linux-arm64", "redis-server-6.2.7-linux-arm64", "darwin-x86_64", "redis-server-6.2.6-v5-darwin-amd64",
			"darwin-arm64", "redis-server-6.2.6-v5-darwin-arm64");

	private static final String EXECUTABLE = "redis-server";

	private RedisBinary() {
	}

	/**
	 * Return the {@code redis-server} executable, copying it first if needed.
	 * @return the executable
	 */
	static Path executable() {
		String resource = RESOURCES.getOrDefault(BundledBinaries.platform(),
				"redis-server-" + BundledBinaries.platform());
		URL url = BundledBinaries.resource(resource, ARTIFACT);
		Path folder = ServerFiles.installed(BundledBinaries.folderName("redis", url), (target) -> {
			Path executable = target.resolve(EXECUTABLE);
			try (InputStream in = url.openStream()) {
				Files.copy(in, executable);
			}
			Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
		});
		return folder.resolve(EXECUTABLE);
	}

}
