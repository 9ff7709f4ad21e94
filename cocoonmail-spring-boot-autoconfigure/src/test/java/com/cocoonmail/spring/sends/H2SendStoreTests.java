package com.cocoonmail.spring.sends;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JdbcSendStore} on H2.
 *
 * @author Cocoonmail Team
 */
class H2SendStoreTests extends SendStoreContractTests {

	private SimpleDriverDataSource dataSource;

	@Override
	SendStore createStore() {
		this.dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("com/cocoonmail/spring/sends/schema-h2.sql"))
			.execute(this.dataSource);
		return new JdbcSendStore(this.dataSource, "COCOONMAIL_");
	}

	@Test
	void writesTimesToTheMicrosecond() {
		createStore().add(List.of(send(1, "ada@example.com")));
		assertThat(JdbcClient.create(this.dataSource)
			.sql("SELECT CREATED_AT FROM COCOONMAIL_SEND")
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(T0.plusSeconds(1));
	}

}
