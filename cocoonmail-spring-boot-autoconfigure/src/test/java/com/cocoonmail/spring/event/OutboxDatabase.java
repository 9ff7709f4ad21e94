package com.cocoonmail.spring.event;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.cocoonmail.testservers.PostgresServer;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The stores the outbox tests run against: memory, an in-memory H2 database, and a real
 * PostgreSQL server (embedded, started by the tests). Each test gets a database of its
 * own.
 *
 * @author Cocoonmail Team
 */
enum OutboxDatabase {

	/**
	 * No database: the memory store.
	 */
	MEMORY,

	/**
	 * An in-memory H2 database.
	 */
	H2,

	/**
	 * A database on the shared embedded PostgreSQL server.
	 */
	POSTGRESQL;

	private static final AtomicInteger names = new AtomicInteger();

	/**
	 * Create a fresh database.
	 * @return its data source
	 */
	DataSource createDataSource() {
		if (this == POSTGRESQL) {
			PostgresServer server = PostgresServer.shared();
			return server.dataSource(server.createUniqueDatabase("outbox"));
		}
		return new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:outbox" + names.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
	}

	/**
	 * Point the runner's bridge at a fresh database of this kind, with the schema
	 * initialised and a short poll and lease.
	 * @param runner the runner
	 * @return the runner with a data source bean and the store properties
	 */
	ApplicationContextRunner apply(ApplicationContextRunner runner) {
		if (this == MEMORY) {
			return runner.withPropertyValues("cocoonmail.events.store=memory");
		}
		DataSource dataSource = createDataSource();
		return runner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("cocoonmail.events.store=jdbc", "cocoonmail.events.jdbc.initialize-schema=always",
					"cocoonmail.events.lease=2s");
	}

	/**
	 * Create a fresh database that other JVMs can open: on the PostgreSQL server, or an
	 * H2 file in the given directory.
	 * @param directory where an H2 database keeps its file
	 * @return the JDBC URL, user name and password, in this order
	 */
	String[] createSharedDatabase(java.nio.file.Path directory) {
		if (this == POSTGRESQL) {
			PostgresServer server = PostgresServer.shared();
			return new String[] { server.jdbcUrl(server.createUniqueDatabase("outbox")), server.username(),
					server.password() };
		}
		return new String[] { "jdbc:h2:file:" + directory.resolve("outbox").toAbsolutePath() + ";WRITE_DELAY=0", "sa",
				"" };
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
