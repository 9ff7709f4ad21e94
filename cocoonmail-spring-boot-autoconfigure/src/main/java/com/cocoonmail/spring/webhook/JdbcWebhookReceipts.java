package com.cocoonmail.spring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Receipts in the {@code <prefix>WEBHOOK_RECEIPT} table, shared by every instance of the
 * application: the insert of a digest already present fails on the primary key, which
 * makes the repeat. Expired receipts are deleted at most once a minute, by whichever
 * instance records a receipt then. Calls block.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class JdbcWebhookReceipts implements CocoonmailWebhookReceipts {

	private static final Log logger = LogFactory.getLog(JdbcWebhookReceipts.class);

	private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String insert;

	private final String delete;

	private final String purge;

	private final AtomicReference<Instant> nextPurge;

	/**
	 * Create receipts on a data source.
	 * @param dataSource the data source holding the table
	 * @param tablePrefix the prefix of the table name, such as {@code COCOONMAIL_}
	 * @param clock the clock that expires receipts
	 */
	public JdbcWebhookReceipts(DataSource dataSource, String tablePrefix, Clock clock) {
		Assert.isTrue(tablePrefix.matches("[A-Za-z0-9_]*"), "tablePrefix may hold only letters, digits and '_'");
		String table = tablePrefix + "WEBHOOK_RECEIPT";
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
		this.insert = "INSERT INTO " + table + " (DIGEST, RECEIVED_AT, EXPIRES_AT) VALUES (?, ?, ?)";
		this.delete = "DELETE FROM " + table + " WHERE DIGEST = ?";
		this.purge = "DELETE FROM " + table + " WHERE EXPIRES_AT < ?";
		this.nextPurge = new AtomicReference<>(clock.instant());
	}

	@Override
	public boolean record(String digest, Instant expiresAt) {
		Instant now = this.clock.instant();
		purgeIfDue(now);
		try {
			this.jdbc.sql(this.insert).params(digest, utc(now), utc(expiresAt)).update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public void forget(String digest) {
		this.jdbc.sql(this.delete).params(digest).update();
	}

	private void purgeIfDue(Instant now) {
		Instant due = this.nextPurge.get();
		if (now.isBefore(due) || !this.nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL))) {
			return;
		}
		int purged = this.jdbc.sql(this.purge).params(utc(now)).update();
		if (purged > 0 && logger.isDebugEnabled()) {
			logger.debug("Deleted " + purged + " expired webhook receipts");
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
