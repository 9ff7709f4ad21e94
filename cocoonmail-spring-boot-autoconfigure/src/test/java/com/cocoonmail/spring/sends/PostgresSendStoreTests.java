package com.cocoonmail.spring.sends;

import javax.sql.DataSource;

import com.cocoonmail.testservers.PostgresServer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Tests for {@link JdbcSendStore} on a real PostgreSQL server.
 *
 * @author Cocoonmail Team
 */
class PostgresSendStoreTests extends SendStoreContractTests {

	@Override
	SendStore createStore() {
		PostgresServer postgres = PostgresServer.shared();
		DataSource dataSource = postgres.dataSource(postgres.createUniqueDatabase("send_store"));
		new ResourceDatabasePopulator(new ClassPathResource("com/cocoonmail/spring/sends/schema-postgresql.sql"))
			.execute(dataSource);
		return new JdbcSendStore(dataSource, "COCOONMAIL_");
	}

}
