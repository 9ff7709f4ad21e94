package com.cocoonmail.spring.webhook;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * {@link JdbcWebhookReceipts} on H2.
 *
 * @author Cocoonmail Team
 */
class H2JdbcWebhookReceiptsTests extends JdbcWebhookReceiptsTests {

	@Override
	DataSource createDataSource() {
		return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.setName("webhook-receipts-" + UUID.randomUUID())
			.build();
	}

	@Override
	String platform() {
		return "h2";
	}

}
