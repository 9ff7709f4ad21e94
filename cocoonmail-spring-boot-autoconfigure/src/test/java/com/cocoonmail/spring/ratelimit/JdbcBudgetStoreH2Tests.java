package com.cocoonmail.spring.ratelimit;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Tests for {@link JdbcBudgetStore} on H2, each client with its own {@link DataSource} on
 * one in-memory database.
 *
 * @author Cocoonmail Team
 */
class JdbcBudgetStoreH2Tests extends AbstractSharedBudgetTests {

	private final String url = "jdbc:h2:mem:budget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final DataSource schemaSource = dataSource();

	JdbcBudgetStoreH2Tests() {
		new ResourceDatabasePopulator(new ClassPathResource("com/cocoonmail/spring/ratelimit/schema-h2.sql"))
			.execute(this.schemaSource);
	}

	@Override
	BudgetStore newStore(String key) {
		return new JdbcBudgetStore(dataSource(), "COCOONMAIL_", key, 10, SharedBudgetPacer.WINDOW);
	}

	@Override
	boolean pauseRecorded(String key) {
		return JdbcClient.create(this.schemaSource)
			.sql("SELECT COUNT(*) FROM COCOONMAIL_RATE_LIMIT_PAUSE WHERE BUDGET_KEY = ? AND PAUSED_UNTIL > CURRENT_TIMESTAMP")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

	private DataSource dataSource() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(this.url);
		return dataSource;
	}

}
