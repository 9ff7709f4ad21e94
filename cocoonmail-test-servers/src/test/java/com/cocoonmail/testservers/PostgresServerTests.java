package com.cocoonmail.testservers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PostgresServer}.
 *
 * @author Cocoonmail Team
 */
class PostgresServerTests {

	private final PostgresServer postgres = PostgresServer.shared();

	@Test
	void sharedServerIsOnePerJvm() {
		assertThat(PostgresServer.shared()).isSameAs(this.postgres);
		assertThat(this.postgres.jdbcUrl("any"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:" + this.postgres.port() + "/any");
	}

	@Test
	void runsQueriesAndKeepsTables() throws SQLException {
		DataSource dataSource = this.postgres.dataSource(this.postgres.createDatabase("queries"));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT 1")).isEqualTo("1");
			statement.execute("CREATE TABLE greeting (id BIGSERIAL PRIMARY KEY, text VARCHAR(100) NOT NULL)");
			statement.execute("INSERT INTO greeting (text) VALUES ('hello')");
			assertThat(single(statement, "SELECT text FROM greeting")).isEqualTo("hello");
			assertThat(single(statement, "SELECT current_database()")).isEqualTo("queries");
			assertThat(single(statement, "SHOW server_version")).startsWith("17.");
		}
	}

	@Test
	void databasesDoNotSeeEachOthersTables() throws SQLException {
		String first = this.postgres.createDatabase("isolated_first");
		String second = this.postgres.createDatabase("isolated_second");
		try (Connection connection = this.postgres.dataSource(first).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE only_in_first (id INT)");
		}
		try (Connection connection = this.postgres.dataSource(second).getConnection();
				Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeQuery("SELECT * FROM only_in_first"))
				.withMessageContaining("only_in_first");
		}
	}

	@Test
	void creatingADatabaseAgainEmptiesIt() throws SQLException {
		String name = this.postgres.createDatabase("recreated");
		try (Connection connection = this.postgres.dataSource(name).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE leftover (id INT)");
			this.postgres.createDatabase(name);
		}
		try (Connection connection = this.postgres.dataSource(name).getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")).isEqualTo("0");
		}
	}

	@Test
	void uniqueDatabasesHaveDistinctNames() {
		String first = this.postgres.createUniqueDatabase("unique");
		String second = this.postgres.createUniqueDatabase("unique");
		assertThat(first).startsWith("unique_").isNotEqualTo(second);
	}

	@Test
	void invalidDatabaseNamesAreRejectedBeforeReachingTheServer() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.createDatabase("x\"; DROP"))
			.withMessageContaining("Invalid database name");
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.jdbcUrl("Upper"))
			.withMessageContaining("lower-case");
	}

	@Test
	void serverNeverRunsAsRoot() throws Exception {
		try (Connection connection = this.postgres.dataSource(this.postgres.createDatabase("owner")).getConnection();
				Statement statement = connection.createStatement()) {
			long backendPid = Long.parseLong(single(statement, "SELECT pg_backend_pid()"));
			int backendUid = (Integer) Files.getAttribute(Path.of("/proc/" + backendPid), "unix:uid");
			assertThat(backendUid).isNotZero();
			if (ProcessAccount.currentUid() != 0) {
				assertThat(backendUid).isEqualTo(ProcessAccount.currentUid());
			}
		}
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
