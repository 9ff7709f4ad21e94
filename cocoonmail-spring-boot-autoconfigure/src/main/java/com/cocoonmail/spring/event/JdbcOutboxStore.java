package com.cocoonmail.spring.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the requests in an outbox table on the application's {@link DataSource}: written
 * in the publisher's transaction when there is one, claimed by any number of dispatchers
 * with row locks and a lease, kept as failed after a final failure, and kept after
 * delivery only while their idempotency key must be remembered. Each row's recipients are
 * kept, as hashes, in a second table that orders them.
 *
 * @author Cocoonmail Team
 */
final class JdbcOutboxStore implements OutboxStore {

	private static final int MAX_ERROR_LENGTH = 1000;

	private static final int MAX_FAILED_LISTED = 1000;

	private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final OutboxSql sql;

	private final Duration lease;

	private final Duration dedupeWindow;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	private volatile Instant nextPurge = Instant.MIN;

	JdbcOutboxStore(DataSource dataSource, String tablePrefix, Duration lease, Duration dedupeWindow, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.sql = new OutboxSql(tablePrefix);
		this.lease = lease;
		this.dedupeWindow = dedupeWindow;
		this.clock = clock;
	}

	@Override
	public boolean durable() {
		return true;
	}

	@Override
	public List<Delivery> add(List<Delivery> deliveries) {
		List<Delivery> repeats = new ArrayList<>();
		Runnable insertAll = () -> deliveries.forEach((delivery) -> {
			if (!insert(delivery)) {
				repeats.add(delivery);
			}
		});
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			insertAll.run();
		}
		else {
			this.transactions.executeWithoutResult((status) -> insertAll.run());
		}
		return repeats;
	}

	private boolean insert(Delivery delivery) {
		long now = this.clock.millis();
		String key = delivery.idempotencyKey();
		String kind = delivery.kind().name();
		String json = OutboxJson.write(delivery.request());
		KeyHolder keys = new GeneratedKeyHolder();
		int inserted = (key != null) ? this.jdbc.sql(this.sql.insertUnlessRepeat)
			.params(kind, json, key, now, now, key, now - this.dedupeWindow.toMillis())
			.update(keys) : this.jdbc.sql(this.sql.insert).params(kind, json, now, now).update(keys);
		if (inserted == 0) {
			return false;
		}
		long id = generatedId(keys);
		for (String recipient : delivery.recipients()) {
			this.jdbc.sql(this.sql.insertRecipient).params(id, hash(recipient)).update();
		}
		return true;
	}

	private static long generatedId(KeyHolder keys) {
		for (Map.Entry<String, Object> entry : keys.getKeyList().get(0).entrySet()) {
			if ("id".equalsIgnoreCase(entry.getKey())) {
				return ((Number) entry.getValue()).longValue();
			}
		}
		throw new IllegalStateException("No generated ID returned by the outbox insert");
	}

	@Override
	public List<Claim> claim(int max) {
		purgeIfDue();
		long now = this.clock.millis();
		List<Claim> claims = this.transactions.execute((status) -> {
			List<Row> rows = this.jdbc.sql(this.sql.claimable).params(now, now, max).query(JdbcOutboxStore::row).list();
			List<Claim> claimed = new ArrayList<>(rows.size());
			for (Row row : rows) {
				if (this.jdbc.sql(this.sql.claim)
					.params(this.owner, now + this.lease.toMillis(), row.id(), now)
					.update() == 1) {
					claimOrFail(row, claimed);
				}
			}
			return claimed;
		});
		return (claims != null) ? claims : List.of();
	}

	private void claimOrFail(Row row, List<Claim> claimed) {
		try {
			claimed.add(row.toClaim());
		}
		catch (RuntimeException ex) {
			this.jdbc.sql(this.sql.failed).params(this.clock.millis(), error(ex), row.id()).update();
		}
	}

	private void purgeIfDue() {
		Instant now = this.clock.instant();
		if (now.isAfter(this.nextPurge)) {
			this.nextPurge = now.plus(PURGE_INTERVAL);
			this.jdbc.sql(this.sql.purge).param(now.minus(this.dedupeWindow).toEpochMilli()).update();
		}
	}

	@Override
	public void delivered(Claim claim) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql(this.sql.deliveredKept).params(this.clock.millis(), claim.id()).update();
			this.jdbc.sql(this.sql.deliveredDeleted).param(claim.id()).update();
			this.jdbc.sql(this.sql.deleteRecipients).param(claim.id()).update();
		});
	}

	@Override
	public void retryLater(Claim claim, Throwable cause, Instant at) {
		this.jdbc.sql(this.sql.retryLater).params(at.toEpochMilli(), error(cause), claim.id()).update();
	}

	@Override
	public void failed(Claim claim, Throwable cause) {
		this.jdbc.sql(this.sql.failed).params(this.clock.millis(), error(cause), claim.id()).update();
	}

	@Override
	public void renewLeases() {
		this.jdbc.sql(this.sql.renewLeases).params(this.clock.millis() + this.lease.toMillis(), this.owner).update();
	}

	@Override
	public Duration leaseRenewalInterval() {
		return this.lease.dividedBy(3);
	}

	@Override
	public void abandoned(Claim claim) {
	}

	@Override
	public long pending() {
		Long count = this.jdbc.sql(this.sql.pending).query(Long.class).single();
		return (count != null) ? count : 0;
	}

	@Override
	public List<CocoonmailFailedRequest> failed() {
		return this.jdbc.sql(this.sql.listFailed).param(MAX_FAILED_LISTED).query((rs, rowNum) -> {
			CocoonmailDeliveryKind kind = CocoonmailDeliveryKind.valueOf(rs.getString("KIND"));
			return new CocoonmailFailedRequest(rs.getLong("ID"), kind, OutboxJson.read(kind, rs.getString("REQUEST")),
					rs.getInt("ATTEMPTS"), Instant.ofEpochMilli(rs.getLong("ANSWERED_AT")),
					String.valueOf(rs.getString("LAST_ERROR")));
		}).list();
	}

	@Override
	public boolean resubmit(long id) {
		return this.jdbc.sql(this.sql.resubmit).params(this.clock.millis(), id).update() == 1;
	}

	@Override
	public void open() {
	}

	@Override
	public boolean drain(Duration timeout) {
		return false;
	}

	@Override
	public List<Delivery> close() {
		return List.of();
	}

	private static String error(Throwable cause) {
		String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return (message.length() > MAX_ERROR_LENGTH) ? message.substring(0, MAX_ERROR_LENGTH) : message;
	}

	private static String hash(String recipient) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(recipient.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getLong("ID"), CocoonmailDeliveryKind.valueOf(rs.getString("KIND")), rs.getString("REQUEST"),
				"SENDING".equals(rs.getString("STATUS")), rs.getInt("ATTEMPTS"));
	}

	/**
	 * A claimable row.
	 *
	 * @param id the id
	 * @param kind the kind of request
	 * @param json the request as JSON
	 * @param leaseExpired whether it was in flight with an expired lease
	 * @param attempts the attempts made so far
	 */
	private record Row(long id, CocoonmailDeliveryKind kind, String json, boolean leaseExpired, int attempts) {

		Claim toClaim() {
			Object request = OutboxJson.read(this.kind, this.json);
			Delivery delivery = (request instanceof SendEventRequest event) ? Delivery.of(request, event)
					: Delivery.of(request, (SendMailRequest) request);
			return new Claim(this.id, delivery, this.attempts + 1, this.leaseExpired);
		}

	}

}
