package com.cocoonmail.spring.sends;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Keeps sends in the {@code <prefix>SEND} table of the application's database (scripts
 * {@code com/cocoonmail/spring/sends/schema-*.sql}), shared by every instance. A send
 * changes under a row lock, so concurrent webhook deliveries never lose an open or a
 * click.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class JdbcSendStore implements SendStore {

	private static final String COLUMNS = "SEND_UUID, TRANSPORT_MESSAGE_ID, TRANSACTIONAL_MAIL_LOG_ITEM_UUID, "
			+ "SUBSCRIBER_UUID, EMAIL, TRANSACTIONAL_ID, LISTED_AT, SENT_AT, FAILED_AT, FAILURE_REASON, OPEN_COUNT, "
			+ "CLICK_COUNT, CREATED_AT, UPDATED_AT, DELIVERED_AT, BOUNCED_AT, FIRST_OPENED_AT, LAST_OPENED_AT, "
			+ "FIRST_CLICKED_AT, LAST_CLICKED_AT";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String table;

	/**
	 * Create a store on the given database.
	 * @param dataSource the database
	 * @param tablePrefix the prefix of the table name, such as {@code COCOONMAIL_}
	 */
	public JdbcSendStore(DataSource dataSource, String tablePrefix) {
		Assert.isTrue(tablePrefix.matches("[A-Za-z0-9_]*"), "tablePrefix must be letters, digits and underscores");
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.table = tablePrefix + "SEND";
	}

	@Override
	public void add(List<Send> sends) {
		this.transactions.executeWithoutResult((status) -> {
			for (Send send : sends) {
				this.jdbc
					.sql("INSERT INTO " + this.table + " (" + COLUMNS + ") VALUES (:uuid, :transportMessageId, "
							+ ":logItem, :subscriberUuid, :email, :transactionalId, :listedAt, :sentAt, :failedAt, "
							+ ":failureReason, :openCount, :clickCount, :createdAt, :updatedAt, :deliveredAt, "
							+ ":bouncedAt, :firstOpenedAt, :lastOpenedAt, :firstClickedAt, :lastClickedAt)")
					.params(parameters(send))
					.update();
			}
		});
	}

	@Override
	public Optional<Send> find(String uuid) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM " + this.table + " WHERE SEND_UUID = :uuid")
			.param("uuid", uuid)
			.query(JdbcSendStore::send)
			.optional();
	}

	@Override
	public SendPage list(SendQuery query) {
		if (query.filters().keySet().stream().anyMatch(SendFilter::matchesNothing)) {
			return new SendPage(List.of(), 0, query.page(), query.perPage());
		}
		SendsWhereClause where = SendsWhereClause.of(query);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM " + this.table + where.sql())
			.params(where.parameters())
			.query(Long.class)
			.single();
		List<Send> sends = (query.offset() < total) ? page(query, where, total) : List.of();
		return new SendPage(sends, total, query.page(), query.perPage());
	}

	/**
	 * Read one page in two steps: the ids of the page's sends, skipping the sends of the
	 * pages before it in the index of the filtered column (which ends with
	 * {@code LISTED_AT, SEND_UUID}, so that the database need not read the rows it
	 * skips), then those sends. A page past the middle is read from the other end, so
	 * that at most half the matching sends are skipped.
	 * @param query the query
	 * @param where the query's filters
	 * @param total how many sends match the filters
	 * @return the page's sends
	 */
	private List<Send> page(SendQuery query, SendsWhereClause where, long total) {
		long end = Math.min(total, query.offset() + query.perPage());
		boolean fromOtherEnd = query.offset() > total - end;
		long skipped = fromOtherEnd ? total - end : query.offset();
		boolean ascending = (query.sort() == SendSort.OLDEST_FIRST) != fromOtherEnd;
		String order = ascending ? " ORDER BY LISTED_AT ASC, SEND_UUID ASC"
				: " ORDER BY LISTED_AT DESC, SEND_UUID DESC";
		List<Send> sends = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM " + this.table + " JOIN (SELECT SEND_UUID AS PAGE_UUID FROM " + this.table
					+ where.sql() + order + " LIMIT " + (end - query.offset()) + " OFFSET " + skipped
					+ ") PAGE ON SEND_UUID = PAGE.PAGE_UUID" + order)
			.params(where.parameters())
			.query(JdbcSendStore::send)
			.list();
		if (!fromOtherEnd) {
			return sends;
		}
		List<Send> reversed = new ArrayList<>(sends);
		Collections.reverse(reversed);
		return reversed;
	}

	@Override
	public Optional<Send> update(String uuid, UnaryOperator<Send> change) {
		return this.transactions.execute((status) -> {
			Optional<Send> current = this.jdbc
				.sql("SELECT " + COLUMNS + " FROM " + this.table + " WHERE SEND_UUID = :uuid FOR UPDATE")
				.param("uuid", uuid)
				.query(JdbcSendStore::send)
				.optional();
			return current.map((send) -> {
				Send changed = change.apply(send);
				this.jdbc.sql("UPDATE " + this.table + " SET TRANSPORT_MESSAGE_ID = :transportMessageId, "
						+ "SUBSCRIBER_UUID = :subscriberUuid, SENT_AT = :sentAt, FAILED_AT = :failedAt, "
						+ "FAILURE_REASON = :failureReason, OPEN_COUNT = :openCount, CLICK_COUNT = :clickCount, "
						+ "UPDATED_AT = :updatedAt, DELIVERED_AT = :deliveredAt, BOUNCED_AT = :bouncedAt, "
						+ "FIRST_OPENED_AT = :firstOpenedAt, LAST_OPENED_AT = :lastOpenedAt, "
						+ "FIRST_CLICKED_AT = :firstClickedAt, LAST_CLICKED_AT = :lastClickedAt WHERE SEND_UUID = :uuid")
					.params(parameters(changed))
					.update();
				return changed;
			});
		});
	}

	@Override
	public int updateByTransportMessageId(String transportMessageId, UnaryOperator<Send> change) {
		List<String> uuids = this.jdbc
			.sql("SELECT SEND_UUID FROM " + this.table + " WHERE TRANSPORT_MESSAGE_ID = :transportMessageId")
			.param("transportMessageId", transportMessageId)
			.query((row, rowNumber) -> row.getString(1))
			.list();
		int changed = 0;
		for (String uuid : uuids) {
			changed += update(uuid, change).isPresent() ? 1 : 0;
		}
		return changed;
	}

	@Override
	public boolean delete(String uuid) {
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE SEND_UUID = :uuid").param("uuid", uuid).update() > 0;
	}

	@Override
	public int deleteCreatedBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE CREATED_AT < :cutoff")
			.param("cutoff", time(cutoff))
			.update();
	}

	private static Map<String, @Nullable Object> parameters(Send send) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("uuid", send.uuid());
		parameters.put("transportMessageId", send.transportMessageId());
		parameters.put("logItem", send.transactionalMailLogItemUuid());
		parameters.put("subscriberUuid", send.subscriberUuid());
		parameters.put("email", send.email());
		parameters.put("transactionalId", send.transactionalId());
		parameters.put("listedAt", time(send.listedAt()));
		parameters.put("sentAt", time(send.sentAt()));
		parameters.put("failedAt", time(send.failedAt()));
		parameters.put("failureReason", send.failureReason());
		parameters.put("openCount", send.openCount());
		parameters.put("clickCount", send.clickCount());
		parameters.put("createdAt", time(send.createdAt()));
		parameters.put("updatedAt", time(send.updatedAt()));
		parameters.put("deliveredAt", time(send.deliveredAt()));
		parameters.put("bouncedAt", time(send.bouncedAt()));
		parameters.put("firstOpenedAt", time(send.firstOpenedAt()));
		parameters.put("lastOpenedAt", time(send.lastOpenedAt()));
		parameters.put("firstClickedAt", time(send.firstClickedAt()));
		parameters.put("lastClickedAt", time(send.lastClickedAt()));
		return parameters;
	}

	private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Send send(ResultSet row, int rowNumber) throws SQLException {
		return new Send(row.getString("SEND_UUID"), row.getString("TRANSPORT_MESSAGE_ID"), null, null,
				row.getString("TRANSACTIONAL_MAIL_LOG_ITEM_UUID"), row.getString("SUBSCRIBER_UUID"),
				instant(row, "SENT_AT"), instant(row, "FAILED_AT"), row.getString("FAILURE_REASON"),
				row.getInt("OPEN_COUNT"), row.getInt("CLICK_COUNT"), requiredInstant(row, "CREATED_AT"),
				requiredInstant(row, "UPDATED_AT"), row.getString("EMAIL"), row.getString("TRANSACTIONAL_ID"),
				instant(row, "DELIVERED_AT"), instant(row, "BOUNCED_AT"), instant(row, "FIRST_OPENED_AT"),
				instant(row, "LAST_OPENED_AT"), instant(row, "FIRST_CLICKED_AT"), instant(row, "LAST_CLICKED_AT"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static Instant requiredInstant(ResultSet row, String column) throws SQLException {
		Instant instant = instant(row, column);
		if (instant == null) {
			throw new SQLException(column + " is null");
		}
		return instant;
	}

}
