package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints PostgreSQL's plans, with their timings, of the statements {@code JdbcSendStore}
 * runs for the slowest pages of figure 8 (the total, then the page's ids in the index and
 * their rows), when the run is given {@code -Dbench.sends.explain=true}. The statements
 * are written out here as the store writes them.
 *
 * @author Cocoonmail Team
 */
final class SendsQueryPlans {

	static final String PROPERTY = "bench.sends.explain";

	private static final String TABLE = "COCOONMAIL_SEND";

	private static final String COLUMNS = "SEND_UUID, TRANSPORT_MESSAGE_ID, TRANSACTIONAL_MAIL_LOG_ITEM_UUID, "
			+ "SUBSCRIBER_UUID, EMAIL, TRANSACTIONAL_ID, LISTED_AT, SENT_AT, FAILED_AT, FAILURE_REASON, OPEN_COUNT, "
			+ "CLICK_COUNT, CREATED_AT, UPDATED_AT, DELIVERED_AT, BOUNCED_AT, FIRST_OPENED_AT, LAST_OPENED_AT, "
			+ "FIRST_CLICKED_AT, LAST_CLICKED_AT";

	private final JdbcClient jdbc;

	private final PrintStream log;

	SendsQueryPlans(JdbcClient jdbc, PrintStream log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	static boolean wanted() {
		return Boolean.getBoolean(PROPERTY);
	}

	/**
	 * Print the plans of the count and of the middle page of the largest template's
	 * sends, and of the count of all sends.
	 * @param template the largest template
	 * @param total how many sends it has
	 */
	void print(String template, long total) {
		String where = " WHERE TRANSACTIONAL_ID = '" + template + "'";
		String order = " ORDER BY LISTED_AT DESC, SEND_UUID DESC";
		long offset = (total / 15 / 2) * 15;
		explain("SELECT COUNT(*) FROM " + TABLE + where);
		explain("SELECT " + COLUMNS + " FROM " + TABLE + " JOIN (SELECT SEND_UUID AS PAGE_UUID FROM " + TABLE + where
				+ order + " LIMIT 15 OFFSET " + offset + ") PAGE ON SEND_UUID = PAGE.PAGE_UUID" + order);
		explain("SELECT COUNT(*) FROM " + TABLE);
	}

	private void explain(String sql) {
		this.log.println("    EXPLAIN (ANALYZE, BUFFERS) " + sql);
		List<@Nullable String> plan = this.jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).query(String.class).list();
		plan.forEach((line) -> this.log.println("      " + line));
	}

}
