package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.util.StreamUtils;

/**
 * Creates the shared budget's tables ({@code schema-h2.sql} or
 * {@code schema-postgresql.sql} in {@code com/cocoonmail/spring/ratelimit}) with the
 * configured table prefix, as {@code initialize-schema} says: always, never, or only on
 * an embedded database.
 *
 * @author Cocoonmail Team
 */
final class RateLimitSchema {

	private RateLimitSchema() {
	}

	static void initialize(DataSource dataSource, CocoonmailProperties.Jdbc jdbc) {
		DatabaseInitializationMode mode = jdbc.getInitializeSchema();
		if (mode == DatabaseInitializationMode.NEVER || (mode == DatabaseInitializationMode.EMBEDDED
				&& !EmbeddedDatabaseConnection.isEmbedded(dataSource))) {
			return;
		}
		try {
			String script = StreamUtils
				.copyToString(
						new ClassPathResource("com/cocoonmail/spring/ratelimit/schema-" + platform(dataSource) + ".sql")
							.getInputStream(),
						StandardCharsets.UTF_8)
				.replace("COCOONMAIL_RATE_LIMIT", jdbc.getTablePrefix() + "RATE_LIMIT");
			new ResourceDatabasePopulator(new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)))
				.execute(dataSource);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the rate-limit schema", ex);
		}
	}

	private static String platform(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()) ? "postgresql"
					: "h2";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the rate-limit tables", ex);
		}
	}

}
