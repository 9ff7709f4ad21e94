package com.cocoonmail.spring.webhook;

import javax.sql.DataSource;

import com.cocoonmail.testservers.PostgresServer;

/**
 * {@link JdbcWebhookReceipts} on a real PostgreSQL server.
 *
 * @author Cocoonmail Team
 */
class PostgresJdbcWebhookReceiptsTests extends JdbcWebhookReceiptsTests {

	@Override
	DataSource createDataSource() {
		PostgresServer postgres = PostgresServer.shared();
		return postgres.dataSource(postgres.createUniqueDatabase("webhook_receipts"));
	}

	@Override
	String platform() {
		return "postgresql";
	}

}
