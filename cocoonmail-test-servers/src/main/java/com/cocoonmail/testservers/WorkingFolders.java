package com.cocoonmail.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One working folder per running server, in memory ({@code /dev/shm}) where it exists,
 * since the servers keep nothing and disks are slow on a busy build machine. Each folder
 * names the JVM that made it; folders left behind by JVMs that died (e.g. killed with
 * SIGKILL) are deleted when the next one is made.
 *
 * @author Cocoonmail Team
 */
final class WorkingFolders {

	private static final Path SHARED_MEMORY = Path.of("/dev/shm");

	private static final String OWNER_FILE = "owner.jvm";

	private WorkingFolders() {
	}

	/**
	 * Create an empty working folder that only its owner can read.
	 * @param prefix the folder name's start, e.g. {@code postgres-data-}
	 * @return the new folder
	 */
	static Path create(String prefix) {
		Path base = base();
		deleteAbandoned(base);
		try {
			Path folder = Files.createTempDirectory(base, prefix,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.writeString(folder.resolve(OWNER_FILE), currentJvm(), StandardCharsets.UTF_8);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a working folder under " + base, ex);
		}
	}

	private static Path base() {
		Path base = (Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY))
				? SHARED_MEMORY.resolve("cocoonmail-test-servers-" + ProcessAccount.currentUid())
				: ServerFiles.root().resolve("work");
		try {
			Files.createDirectories(base);
			Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
			return base;
		}
		catch (IOException ex) {
			if (!base.startsWith(SHARED_MEMORY)) {
				throw new UncheckedIOException("Cannot create the working folder " + base, ex);
			}
			return ServerFiles.root();
		}
	}

	private static void deleteAbandoned(Path base) {
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(base)) {
			for (Path folder : folders) {
				Path owner = folder.resolve(OWNER_FILE);
				if (Files.isRegularFile(owner) && !alive(Files.readString(owner, StandardCharsets.UTF_8))) {
					ServerFiles.deleteRecursively(folder);
				}
			}
		}
		catch (IOException ex) {
			// best effort: an abandoned folder only takes space
		}
	}

	private static String currentJvm() {
		ProcessHandle current = ProcessHandle.current();
		return current.pid() + " " + current.info().startInstant().map(Instant::toString).orElse("");
	}

	private static boolean alive(String jvm) {
		List<String> parts = List.of(jvm.trim().split(" "));
		try {
			Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts.get(0)));
			String started = process.flatMap((handle) -> handle.info().startInstant())
				.map(Instant::toString)
				.orElse("");
			return process.isPresent() && (parts.size() < 2 || parts.get(1).equals(started));
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

}
