package com.cocoonmail.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL data folder made once per machine with {@code initdb} and copied for each
 * server, since copying is many times faster than running {@code initdb} again.
 *
 * @author Cocoonmail Team
 */
final class PostgresCluster {

	static final String USERNAME = "postgres";

	private static final String LAYOUT = "v1";

	private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);

	private PostgresCluster() {
	}

	/**
	 * Create a data folder at {@code data}, owned by {@code account}.
	 * @param binaries the folder with the PostgreSQL binaries
	 * @param account the account the server runs as
	 * @param data where the new data folder goes (must not exist)
	 */
	static void create(Path binaries, ProcessAccount account, Path data) {
		Path template = template(binaries, account).resolve("data");
		try (Stream<Path> paths = Files.walk(template)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = data.resolve(template.relativize(source).toString());
				Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				account.own(target);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the PostgreSQL data folder " + template + " to " + data, ex);
		}
	}

	private static Path template(Path binaries, ProcessAccount account) {
		String name = binaries.toFile().getName() + "-cluster-" + LAYOUT;
		Path initdb = binaries.resolve("bin").resolve("initdb");
		return ServerFiles.installed(name, (folder) -> {
			account.own(folder);
			ServerProcess.run("initdb",
					account.command(List.of(initdb.toString(), "-D", folder.resolve("data").toString(), "-U", USERNAME,
							"--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions")),
					folder.resolve("initdb.log"), INITDB_TIMEOUT);
		});
	}

}
