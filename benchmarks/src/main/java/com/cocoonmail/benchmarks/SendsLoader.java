package com.cocoonmail.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the starter's {@code COCOONMAIL_SEND} table on PostgreSQL with a ledger of
 * {@value #SENDS} sends in one {@code INSERT ... SELECT} over {@code generate_series},
 * the way an application's sends would have piled up over {@value #DAYS} days: in time
 * order, two recipients per {@code sendMail} call (one log item), {@value #SUBSCRIBERS}
 * distinct recipients (one in five without a subscriber uuid yet), the templates of
 * {@link #TEMPLATES} in their shares (the rest direct mails, without a template), 3 %
 * failed for good, 47 % opened, 10 % clicked, 1 % bounced. The values are hashes of the
 * row number, so every run loads the same ledger. The table's secondary indexes are
 * dropped before the load; the caller creates them again with the starter's schema
 * script.
 *
 * @author Cocoonmail Team
 */
final class SendsLoader {

	static final int SENDS = 1_000_000;

	static final int SUBSCRIBERS = 200_000;

	static final int DAYS = 90;

	/**
	 * The templates and the percent of the sends made with each, largest first; the
	 * remaining percent are direct mails.
	 */
	static final Map<String, Integer> TEMPLATES = templates();

	private static final String TABLE = "COCOONMAIL_SEND";

	private final JdbcClient jdbc;

	SendsLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Drop the secondary indexes of the empty table and insert the sends.
	 */
	void load() {
		List<@Nullable String> indexes = this.jdbc
			.sql("SELECT indexname FROM pg_indexes WHERE tablename = lower(:table) AND indexname NOT LIKE '%pkey'")
			.param("table", TABLE)
			.query(String.class)
			.list();
		indexes.forEach((index) -> this.jdbc.sql("DROP INDEX " + index).update());
		this.jdbc.sql(insert()).update();
	}

	/**
	 * Update the statistics and the visibility map, as autovacuum does after a load.
	 */
	void vacuumAnalyze() {
		this.jdbc.sql("VACUUM (ANALYZE) " + TABLE).update();
	}

	/**
	 * Return how many sends each template has, and direct mails under {@code null}.
	 * @return the counts, largest first
	 */
	Map<@Nullable String, Long> countsByTemplate() {
		Map<@Nullable String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT TRANSACTIONAL_ID, COUNT(*) FROM " + TABLE + " GROUP BY TRANSACTIONAL_ID ORDER BY 2 DESC")
			.query((RowCallbackHandler) (row) -> counts.put(row.getString(1), row.getLong(2)));
		return counts;
	}

	/**
	 * Return the subscriber uuid the loader gave a recipient.
	 * @param subscriber the recipient's number
	 * @return the uuid, {@code null} for one recipient in five
	 */
	@Nullable String subscriberUuid(int subscriber) {
		return this.jdbc.sql("SELECT CASE WHEN :n % 5 = 0 THEN NULL ELSE md5('subscriber' || :n)::uuid::text END")
			.param("n", subscriber)
			.query(String.class)
			.single();
	}

	/**
	 * Return the log item uuid of the given {@code sendMail} call.
	 * @param call the call's number
	 * @return the uuid
	 */
	String logItem(int call) {
		return this.jdbc.sql("SELECT md5('call' || :n)::uuid::text").param("n", call).query(String.class).single();
	}

	static String email(int subscriber) {
		return "user" + subscriber + "@example.com";
	}

	static String messageId(int send) {
		return "msg-" + send;
	}

	private static String insert() {
		StringBuilder template = new StringBuilder("CASE");
		int upTo = 0;
		for (Map.Entry<String, Integer> share : TEMPLATES.entrySet()) {
			upTo += share.getValue();
			template.append(" WHEN tpl < ").append(upTo).append(" THEN '").append(share.getKey()).append("'");
		}
		template.append(" END");
		return "INSERT INTO " + TABLE + " (SEND_UUID, TRANSPORT_MESSAGE_ID, TRANSACTIONAL_MAIL_LOG_ITEM_UUID, "
				+ "SUBSCRIBER_UUID, EMAIL, TRANSACTIONAL_ID, LISTED_AT, SENT_AT, FAILED_AT, FAILURE_REASON, OPEN_COUNT, "
				+ "CLICK_COUNT, CREATED_AT, UPDATED_AT, DELIVERED_AT, BOUNCED_AT, FIRST_OPENED_AT, LAST_OPENED_AT, "
				+ "FIRST_CLICKED_AT, LAST_CLICKED_AT) "
				+ "SELECT gen_random_uuid()::text, CASE WHEN kind < 3 THEN NULL ELSE 'msg-' || i END, "
				+ "md5('call' || (i / 2))::uuid::text, "
				+ "CASE WHEN sub % 5 = 0 THEN NULL ELSE md5('subscriber' || sub)::uuid::text END, "
				+ "'user' || sub || '@example.com', " + template + ", t, CASE WHEN kind < 3 THEN NULL ELSE t END, "
				+ "CASE WHEN kind < 3 THEN t END, "
				+ "CASE WHEN kind < 3 THEN 'Cocoonmail answered 422: the recipient is unsubscribed' END, "
				+ "CASE WHEN kind >= 3 AND kind < 50 THEN 1 + kind % 3 ELSE 0 END, "
				+ "CASE WHEN kind >= 40 AND kind < 50 THEN 1 ELSE 0 END, t, t + interval '1 hour', "
				+ "CASE WHEN kind >= 3 THEN t + interval '2 seconds' END, "
				+ "CASE WHEN kind >= 99 THEN t + interval '3 seconds' END, "
				+ "CASE WHEN kind >= 3 AND kind < 50 THEN t + interval '10 minutes' END, "
				+ "CASE WHEN kind >= 3 AND kind < 50 THEN t + interval '1 hour' END, "
				+ "CASE WHEN kind >= 40 AND kind < 50 THEN t + interval '11 minutes' END, "
				+ "CASE WHEN kind >= 40 AND kind < 50 THEN t + interval '11 minutes' END "
				+ "FROM (SELECT i, abs(hashint4(i)) % " + SUBSCRIBERS + " AS sub, abs(hashint4(i / 2 + " + SENDS
				+ ")) % 100 AS tpl, abs(hashint4(i + 2 * " + SENDS + ")) % 100 AS kind, "
				+ "date_trunc('second', now()) - interval '" + DAYS + " days' + i * interval '"
				+ DAYS * 86_400_000L / SENDS + " milliseconds' AS t FROM generate_series(1, " + SENDS
				+ ") AS i) AS generated";
	}

	private static Map<String, Integer> templates() {
		Map<String, Integer> templates = new LinkedHashMap<>();
		templates.put("receipt", 30);
		templates.put("welcome", 20);
		templates.put("password-reset", 15);
		templates.put("shipping-update", 10);
		templates.put("invoice", 10);
		templates.put("trial-ending", 5);
		templates.put("verify-email", 5);
		return templates;
	}

}
