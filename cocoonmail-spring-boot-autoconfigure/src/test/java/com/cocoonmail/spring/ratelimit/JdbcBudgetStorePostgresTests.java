package com.cocoonmail.spring.ratelimit;

import javax.sql.DataSource;

import com.cocoonmail.testservers.PostgresServer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Tests for {@link JdbcBudgetStore} on a real PostgreSQL server, each client with its own
 * {@link DataSource}.
 *
 * @author Cocoonmail Team
 */
class JdbcBudgetStorePostgresTests extends AbstractSharedBudgetTests {

	private final PostgresServer postgres = PostgresServer.shared();

	private final String database = this.postgres.createUniqueDatabase("budget");

	private final DataSource schemaSource = this.postgres.dataSource(this.database);

	JdbcBudgetStorePostgresTests() {
		new ResourceDatabasePopulator(new ClassPathResource("com/cocoonmail/spring/ratelimit/schema-postgresql.sql"))
			.execute(this.schemaSource);
	}

	@Override
	BudgetStore newStore(String key) {
		return new JdbcBudgetStore(this.postgres.dataSource(this.database), "COCOONMAIL_", key, 10,
				SharedBudgetPacer.WINDOW);
	}

	@Override
	boolean pauseRecorded(String key) {
		return JdbcClient.create(this.schemaSource)
			.sql("SELECT COUNT(*) FROM COCOONMAIL_RATE_LIMIT_PAUSE WHERE BUDGET_KEY = ? AND PAUSED_UNTIL > clock_timestamp()")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

}
