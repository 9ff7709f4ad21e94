package com.cocoonmail.spring.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The statements of {@link JdbcBudgetStore}, with the table prefix applied. Times are
 * compared in Java but always taken from the database's clock: {@code clock_timestamp()}
 * on PostgreSQL (the time of the statement, not of the transaction's start),
 * {@code CURRENT_TIMESTAMP(6)} elsewhere.
 *
 * @author Cocoonmail Team
 */
final class JdbcBudgetSql {

	private final String slots;

	private final String pauses;

	JdbcBudgetSql(String tablePrefix) {
		this.slots = tablePrefix + "RATE_LIMIT_SLOT";
		this.pauses = tablePrefix + "RATE_LIMIT_PAUSE";
	}

	static String nowFunction(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return "PostgreSQL".equalsIgnoreCase(product) ? "clock_timestamp()" : "CURRENT_TIMESTAMP(6)";
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not tell which database holds the rate-limit slots",
					ex);
		}
	}

	String selectNow(String now) {
		return "SELECT " + now;
	}

	String selectPause() {
		return "SELECT PAUSED_UNTIL FROM " + this.pauses + " WHERE BUDGET_KEY = ?";
	}

	String claimOldestSlot(String now) {
		return "SELECT SLOT, LAST_USED_AT, " + now + " FROM " + this.slots
				+ " WHERE BUDGET_KEY = ? AND SLOT < ? ORDER BY LAST_USED_AT FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";
	}

	String useSlot() {
		return "UPDATE " + this.slots + " SET LAST_USED_AT = ? WHERE BUDGET_KEY = ? AND SLOT = ?";
	}

	String correctSlot() {
		return "UPDATE " + this.slots + " SET LAST_USED_AT = ? WHERE BUDGET_KEY = ? AND SLOT = ? AND LAST_USED_AT = ?";
	}

	String extendPause() {
		return "UPDATE " + this.pauses + " SET PAUSED_UNTIL = ? WHERE BUDGET_KEY = ? AND PAUSED_UNTIL < ?";
	}

	String insertSlot() {
		return "INSERT INTO " + this.slots
				+ " (BUDGET_KEY, SLOT, LAST_USED_AT) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM " + this.slots
				+ " WHERE BUDGET_KEY = ? AND SLOT = ?)";
	}

	String insertPause() {
		return "INSERT INTO " + this.pauses + " (BUDGET_KEY, PAUSED_UNTIL) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
				+ this.pauses + " WHERE BUDGET_KEY = ?)";
	}

}
