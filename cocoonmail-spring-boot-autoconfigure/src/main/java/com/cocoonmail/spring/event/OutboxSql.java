package com.cocoonmail.spring.event;

/**
 * The statements of the JDBC outbox, for tables with a given prefix. They work on H2 and
 * PostgreSQL. Times are epoch milliseconds. A request is claimable when it is pending and
 * due, or in flight with an expired lease, and no earlier request for any of its
 * recipients is still pending or in flight; claims lock their rows and skip the rows
 * other dispatchers hold.
 *
 * @author Cocoonmail Team
 */
final class OutboxSql {

	final String insert;

	final String insertUnlessRepeat;

	final String insertRecipient;

	final String claimable;

	final String claim;

	final String renewLeases;

	final String deliveredKept;

	final String deliveredDeleted;

	final String deleteRecipients;

	final String retryLater;

	final String failed;

	final String pending;

	final String listFailed;

	final String resubmit;

	final String purge;

	OutboxSql(String prefix) {
		String outbox = prefix + "OUTBOX";
		String recipients = prefix + "OUTBOX_RECIPIENT";
		String columns = "(KIND, REQUEST, IDEMPOTENCY_KEY, STATUS, ATTEMPTS, CREATED_AT, NEXT_ATTEMPT_AT)";
		this.insert = "INSERT INTO " + outbox + " " + columns + " VALUES (?, ?, NULL, 'PENDING', 0, ?, ?)";
		this.insertUnlessRepeat = "INSERT INTO " + outbox + " " + columns + " SELECT ?, ?, ?, 'PENDING', 0, ?, ? "
				+ "WHERE NOT EXISTS (SELECT 1 FROM " + outbox + " WHERE IDEMPOTENCY_KEY = ? AND CREATED_AT > ?)";
		this.insertRecipient = "INSERT INTO " + recipients + " (OUTBOX_ID, RECIPIENT) VALUES (?, ?)";
		this.claimable = "SELECT o.ID, o.KIND, o.REQUEST, o.STATUS, o.ATTEMPTS FROM " + outbox + " o "
				+ "WHERE ((o.STATUS = 'PENDING' AND o.NEXT_ATTEMPT_AT <= ?) OR (o.STATUS = 'SENDING' AND o.LEASE_UNTIL < ?)) "
				+ "AND NOT EXISTS (SELECT 1 FROM " + recipients + " r JOIN " + recipients
				+ " er ON er.RECIPIENT = r.RECIPIENT AND er.OUTBOX_ID < r.OUTBOX_ID JOIN " + outbox
				+ " e ON e.ID = er.OUTBOX_ID WHERE r.OUTBOX_ID = o.ID AND e.STATUS IN ('PENDING', 'SENDING')) "
				+ "ORDER BY o.ID LIMIT ? FOR UPDATE SKIP LOCKED";
		this.claim = "UPDATE " + outbox + " SET STATUS = 'SENDING', ATTEMPTS = ATTEMPTS + 1, LEASE_OWNER = ?, "
				+ "LEASE_UNTIL = ? WHERE ID = ? AND (STATUS = 'PENDING' OR (STATUS = 'SENDING' AND LEASE_UNTIL < ?))";
		this.renewLeases = "UPDATE " + outbox + " SET LEASE_UNTIL = ? WHERE LEASE_OWNER = ? AND STATUS = 'SENDING'";
		this.deliveredKept = "UPDATE " + outbox + " SET STATUS = 'DELIVERED', ANSWERED_AT = ?, LEASE_OWNER = NULL, "
				+ "LEASE_UNTIL = NULL, LAST_ERROR = NULL WHERE ID = ? AND IDEMPOTENCY_KEY IS NOT NULL";
		this.deliveredDeleted = "DELETE FROM " + outbox + " WHERE ID = ? AND IDEMPOTENCY_KEY IS NULL";
		this.deleteRecipients = "DELETE FROM " + recipients + " WHERE OUTBOX_ID = ?";
		this.retryLater = "UPDATE " + outbox + " SET STATUS = 'PENDING', NEXT_ATTEMPT_AT = ?, LAST_ERROR = ?, "
				+ "LEASE_OWNER = NULL, LEASE_UNTIL = NULL WHERE ID = ?";
		this.failed = "UPDATE " + outbox + " SET STATUS = 'FAILED', ANSWERED_AT = ?, LAST_ERROR = ?, "
				+ "LEASE_OWNER = NULL, LEASE_UNTIL = NULL WHERE ID = ?";
		this.pending = "SELECT COUNT(*) FROM " + outbox + " WHERE STATUS IN ('PENDING', 'SENDING')";
		this.listFailed = "SELECT ID, KIND, REQUEST, ATTEMPTS, ANSWERED_AT, LAST_ERROR FROM " + outbox
				+ " WHERE STATUS = 'FAILED' ORDER BY ID LIMIT ?";
		this.resubmit = "UPDATE " + outbox + " SET STATUS = 'PENDING', ATTEMPTS = 0, NEXT_ATTEMPT_AT = ?, "
				+ "ANSWERED_AT = NULL WHERE ID = ? AND STATUS = 'FAILED'";
		this.purge = "DELETE FROM " + outbox + " WHERE STATUS = 'DELIVERED' AND ANSWERED_AT < ?";
	}

}
