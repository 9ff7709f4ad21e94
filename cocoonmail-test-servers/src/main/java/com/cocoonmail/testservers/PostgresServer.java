package com.cocoonmail.testservers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for tests, one per JVM, listening on {@code 127.0.0.1} on a
 * free port. The binaries come from a Maven Central artifact; nothing needs to be
 * installed. When the JVM runs as root (PostgreSQL refuses that), the server runs as the
 * {@code nobody} account. The server stops when the JVM ends.
 *
 * <pre class="code">
 * PostgresServer postgres = PostgresServer.shared();
 * String database = postgres.createDatabase("outbox_store_tests");
 * DataSource dataSource = postgres.dataSource(database);
 * </pre>
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class PostgresServer {

	private static final String USERNAME = PostgresCluster.USERNAME;

	private static final String PASSWORD = "postgres";

	private static final String MAINTENANCE_DATABASE = "postgres";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final int START_ATTEMPTS = 3;

	private static final AtomicInteger uniqueNames = new AtomicInteger();

	private static final Object lock = new Object();

	private static @Nullable PostgresServer shared;

	private final int port;

	private final ServerProcess process;

	private PostgresServer(int port, ServerProcess process) {
		this.port = port;
		this.process = process;
	}

	/**
	 * Return the JVM's PostgreSQL server, starting it on first use.
	 * @return the running server
	 * @throws IllegalStateException if the server cannot start, with the reason and the
	 * server's log
	 */
	public static PostgresServer shared() {
		synchronized (lock) {
			PostgresServer server = shared;
			if (server == null) {
				server = start();
				shared = server;
			}
			if (!server.process.isAlive()) {
				throw new IllegalStateException(
						server + " has ended, PostgreSQL crashed or was killed" + server.process.logTail());
			}
			return server;
		}
	}

	/**
	 * Return the host the server listens on.
	 * @return {@code 127.0.0.1}
	 */
	public String host() {
		return FreePorts.HOST;
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Return the user name to connect with (a superuser).
	 * @return the user name
	 */
	public String username() {
		return USERNAME;
	}

	/**
	 * Return the password to connect with.
	 * @return the password
	 */
	public String password() {
		return PASSWORD;
	}

	/**
	 * Return the JDBC URL of a database on this server.
	 * @param database the database's name
	 * @return the JDBC URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + host() + ":" + this.port + "/" + checkedName(database);
	}

	/**
	 * Create an empty database, dropping any database of that name first (closing its
	 * connections), so that each test class (or test) gets fresh tables.
	 * @param name the database's name: lower-case letters, digits and {@code _}
	 * @return the name, for chaining into {@link #jdbcUrl(String)} or
	 * {@link #dataSource(String)}
	 */
	public String createDatabase(String name) {
		String database = checkedName(name);
		try (Connection connection = connect(MAINTENANCE_DATABASE);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
			statement.execute("CREATE DATABASE \"" + database + "\"");
			return database;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database '" + database + "' on " + this, ex);
		}
	}

	/**
	 * Create an empty database whose name starts with {@code prefix} and is unique in
	 * this JVM.
	 * @param prefix the name's start: lower-case letters, digits and {@code _}
	 * @return the database's name
	 */
	public String createUniqueDatabase(String prefix) {
		return createDatabase(checkedName(prefix) + "_" + uniqueNames.incrementAndGet());
	}

	/**
	 * Return a data source (a new connection per {@code getConnection()}, no pool) for a
	 * database on this server.
	 * @param database the database's name
	 * @return the data source
	 */
	public DataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(jdbcUrl(database));
		dataSource.setUser(USERNAME);
		dataSource.setPassword(PASSWORD);
		return dataSource;
	}

	@Override
	public String toString() {
		return "PostgreSQL on " + host() + ":" + this.port;
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
	}

	private static String checkedName(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid database name '" + name
					+ "': use 1 to 63 lower-case letters, digits and '_', not starting with a digit");
		}
		return name;
	}

	private static PostgresServer start() {
		Path binaries = PostgresBinaries.home();
		Path bin = binaries.resolve("bin");
		ProcessAccount account = ProcessAccount.nonRoot();
		Path home = WorkingFolders.create("postgres-data-");
		account.own(home);
		Path data = home.resolve("data");
		Path log = home.resolve("postgres.log");
		PostgresCluster.create(binaries, account, data);
		for (int attempt = 1;; attempt++) {
			int port = FreePorts.find();
			ServerProcess process = ServerProcess.start("PostgreSQL", account.command(postgresCommand(bin, data, port)),
					log);
			PostgresServer server = new PostgresServer(port, process);
			try {
				server.awaitReady();
				Runtime.getRuntime()
					.addShutdownHook(new Thread(() -> stop(process, home), "cocoonmail-test-servers-postgres-stop"));
				return server;
			}
			catch (IllegalStateException ex) {
				process.stop("INT", Duration.ofSeconds(10));
				if (attempt == START_ATTEMPTS) {
					ServerFiles.deleteRecursively(home);
					throw ex;
				}
			}
		}
	}

	private static List<String> postgresCommand(Path bin, Path data, int port) {
		List<String> command = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString()));
		command.addAll(List.of("-p", Integer.toString(port), "-h", FreePorts.HOST));
		for (String setting : List.of("unix_socket_directories=", "fsync=off", "synchronous_commit=off",
				"full_page_writes=off", "dynamic_shared_memory_type=mmap", "huge_pages=off", "shared_buffers=32MB",
				"max_connections=300", "max_wal_size=256MB", "TimeZone=UTC")) {
			command.add("-c");
			command.add(setting);
		}
		return command;
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"PostgreSQL exited while starting on port " + this.port + "; " + this.process.logTail());
			}
			if (FreePorts.accepting(this.port)) {
				try (Connection connection = connect(MAINTENANCE_DATABASE)) {
					return;
				}
				catch (SQLException ex) {
					last = ex;
				}
			}
			pause();
		}
		throw new IllegalStateException(
				"PostgreSQL did not accept connections on port " + this.port + " within " + START_TIMEOUT.toSeconds()
						+ "s" + ((last != null) ? " (" + last.getMessage() + ")" : "") + this.process.logTail());
	}

	private static void stop(ServerProcess process, Path home) {
		process.stop("INT", Duration.ofSeconds(10));
		ServerFiles.deleteRecursively(home);
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for PostgreSQL to start", ex);
		}
	}

}
