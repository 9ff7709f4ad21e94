package com.cocoonmail.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the test servers keep their files: a per-account folder in the temporary
 * directory holding the unpacked binaries (shared by every build on the machine) and one
 * working folder per running server.
 *
 * @author Cocoonmail Team
 */
final class ServerFiles {

	private static final String COMPLETE_MARKER = ".complete";

	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);

	private ServerFiles() {
	}

	/**
	 * Return the root folder, readable (not writable) by every account so that an
	 * unprivileged account can run the binaries in it.
	 * @return the root folder
	 */
	static Path root() {
		Path root = Path.of(System.getProperty("java.io.tmpdir"),
				"cocoonmail-test-servers-" + ProcessAccount.currentUid());
		try {
			Files.createDirectories(root);
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the test servers' folder " + root, ex);
		}
	}

	/**
	 * Return the folder called {@code name} under the root, filling it once with
	 * {@code installer} if it does not exist yet. Concurrent JVMs are safe: each fills a
	 * folder of its own and moves it into place atomically; the loser discards its copy.
	 * @param name the folder's name, unique for its content (e.g. with a version)
	 * @param installer fills the given empty folder
	 * @return the installed folder
	 */
	static Path installed(String name, Installer installer) {
		Path target = root().resolve(name);
		if (Files.exists(target.resolve(COMPLETE_MARKER))) {
			return target;
		}
		deleteAbandonedStaging(name);
		Path staging = null;
		try {
			staging = Files.createTempDirectory(root(), name + ".staging-");
			Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
			installer.install(staging);
			Files.createFile(staging.resolve(COMPLETE_MARKER));
			if (Files.exists(target) && !Files.exists(target.resolve(COMPLETE_MARKER))) {
				deleteRecursively(target);
			}
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				staging = null;
			}
			catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException ex) {
				if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
					throw ex;
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot install " + name + " under " + root(), ex);
		}
		finally {
			if (staging != null) {
				deleteRecursively(staging);
			}
		}
	}

	private static void deleteAbandonedStaging(String name) {
		Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
		try (DirectoryStream<Path> stagings = Files.newDirectoryStream(root(), name + ".staging-*")) {
			for (Path staging : stagings) {
				if (Files.getLastModifiedTime(staging).toInstant().isBefore(abandoned)) {
					deleteRecursively(staging);
				}
			}
		}
		catch (IOException ex) {
			// best effort: an abandoned copy only takes space
		}
	}

	/**
	 * Delete a folder and everything in it; a missing folder is fine.
	 * @param path the folder
	 */
	static void deleteRecursively(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(Comparator.reverseOrder()).forEach(ServerFiles::deleteQuietly);
		}
		catch (IOException | UncheckedIOException ex) {
			// best effort: a leftover folder in the temporary directory does no harm
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// best effort
		}
	}

	/**
	 * Fills an empty folder.
	 */
	@FunctionalInterface
	interface Installer {

		void install(Path folder) throws IOException;

	}

}
