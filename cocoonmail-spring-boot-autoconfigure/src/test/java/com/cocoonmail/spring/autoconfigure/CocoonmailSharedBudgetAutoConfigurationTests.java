package com.cocoonmail.spring.autoconfigure;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.RateLimitingRequestPacer;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CocoonmailSharedBudgetAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailSharedBudgetAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CocoonmailSharedBudgetAutoConfiguration.class, CocoonmailAutoConfiguration.class))
		.withBean(DataSource.class, () -> h2("shared-budget"))
		.withPropertyValues("cocoonmail.api-key=" + LoopbackCocoonmail.API_KEY,
				"cocoonmail.base-url=http://127.0.0.1:1");

	private static DataSource h2(String name) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

	@Test
	void localStoreKeepsThePerJvmPacer() {
		this.contextRunner.run((context) -> assertThat(context).getBean(CocoonmailRequestPacer.class)
			.isInstanceOf(RateLimitingRequestPacer.class));
	}

	@Test
	void jdbcStoreSharesTheBudgetThroughTheDataSourceAndCreatesItsTablesOnAnEmbeddedDatabase() {
		this.contextRunner.withPropertyValues("cocoonmail.rate-limit.store=jdbc").run((context) -> {
			assertThat(context).getBean(CocoonmailRequestPacer.class).isInstanceOf(SharedBudgetPacer.class);
			assertThat(((SharedBudgetPacer) context.getBean(CocoonmailRequestPacer.class)).state().store())
				.isEqualTo("jdbc");
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM COCOONMAIL_RATE_LIMIT_SLOT").query(Integer.class).single())
				.isZero();
		});
	}

	@Test
	void jdbcStoreHonoursTheTablePrefix() {
		this.contextRunner
			.withPropertyValues("cocoonmail.rate-limit.store=jdbc", "cocoonmail.rate-limit.jdbc.table-prefix=APP_")
			.run((context) -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT COUNT(*) FROM APP_RATE_LIMIT_PAUSE")
				.query(Integer.class)
				.single()).isZero());
	}

	@Test
	void redisStoreWithoutARedisTemplateFailsStartUpNamingTheProperty() {
		this.contextRunner.withPropertyValues("cocoonmail.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("cocoonmail.rate-limit.store")
				.hasMessageContaining("ReactiveStringRedisTemplate"));
	}

}
