package com.cocoonmail.spring.sends;

import java.time.Duration;

import javax.sql.DataSource;

import com.cocoonmail.spring.autoconfigure.CocoonmailEventBridgeAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailSendsAutoConfiguration;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailSendListener;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CocoonmailSendsAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailSendsAutoConfigurationTests {

	private static final String SENT = """
			{"success": true, "report": [{"to": "ada@example.com", "message_id": "m-ada"}]}
			""";

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	private ApplicationContextRunner runner(String... properties) {
		return this.cocoonmail.contextRunner(properties)
			.withConfiguration(AutoConfigurations.of(CocoonmailSendsAutoConfiguration.class,
					CocoonmailEventBridgeAutoConfiguration.class));
	}

	private ApplicationContextRunner withDatabase(ApplicationContextRunner runner) {
		return runner.withBean(DataSource.class,
				() -> new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build());
	}

	@Test
	void withoutDatabaseKeepsSendsInMemoryAndListensToTheClient() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(MemorySendStore.class)
				.hasSingleBean(CocoonmailSends.class)
				.hasSingleBean(SendsWebhookListener.class)
				.hasSingleBean(SendsRetention.class);
			assertThat(context).getBean(CocoonmailSendListener.class).isInstanceOf(SendsLedgerListener.class);
		});
	}

	@Test
	void withDatabaseKeepsSendsInItsTable() {
		withDatabase(runner()).run((context) -> {
			assertThat(context).hasSingleBean(JdbcSendStore.class);
			assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT COUNT(*) FROM COCOONMAIL_SEND")
				.query(Long.class)
				.single()).isZero();
		});
	}

	@Test
	void createsTheTableWithTheConfiguredPrefix() {
		withDatabase(runner("cocoonmail.sends.jdbc.table-prefix=APP_")).run((context) -> {
			this.cocoonmail.answerEveryRequest(201, SENT);
			context.getBean(CocoonmailOperations.class)
				.sendMail(SendMailRequest.builder().transactionalId("welcome").to("ada@example.com").build())
				.block(LoopbackCocoonmail.TIMEOUT);
			assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT COUNT(*) FROM APP_SEND")
				.query(Long.class)
				.single()).isOne();
		});
	}

	@Test
	void withMemoryStoreIgnoresTheDatabase() {
		withDatabase(runner("cocoonmail.sends.store=memory"))
			.run((context) -> assertThat(context).hasSingleBean(MemorySendStore.class)
				.doesNotHaveBean(JdbcSendStore.class));
	}

	@Test
	void withJdbcStoreButNoDatabaseFailsToStart() {
		runner("cocoonmail.sends.store=jdbc").run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("cocoonmail.sends.store")
			.hasMessageContaining("DataSource"));
	}

	@Test
	void whenDisabledRecordsNothing() {
		runner("cocoonmail.sends.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailSends.class)
				.doesNotHaveBean(CocoonmailSendListener.class));
	}

	@Test
	void sendsMadeDirectlyAndThroughTheBridgeBothAppear() {
		withDatabase(runner()).run((context) -> {
			this.cocoonmail.answerEveryRequest(201, SENT);
			context.getBean(CocoonmailOperations.class)
				.sendMail(SendMailRequest.builder().transactionalId("direct").to("ada@example.com").build())
				.block(LoopbackCocoonmail.TIMEOUT);
			context.publishEvent(new WelcomeMail("ada@example.com"));
			CocoonmailSends sends = context.getBean(CocoonmailSends.class);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(sends.list(SendQuery.all()).sends()).extracting(Send::transactionalId)
					.containsExactlyInAnyOrder("direct", "welcome"));
			assertThat(sends.list(SendQuery.builder().filter(SendFilter.TRANSACTIONAL_ID, "welcome").build()).sends())
				.singleElement()
				.satisfies((send) -> {
					assertThat(send.email()).isEqualTo("ada@example.com");
					assertThat(send.transportMessageId()).isEqualTo("m-ada");
				});
		});
	}

	@Test
	void servingTheApiWithoutATokenFailsToStart() {
		runner("cocoonmail.sends.api.enabled=true").run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("cocoonmail.sends.api.token")
			.hasMessageContaining("is required when cocoonmail.sends.api.enabled=true"));
	}

	@Test
	void outsideAWebApplicationServesNoRoutes() {
		runner("cocoonmail.sends.api.enabled=true", "cocoonmail.sends.api.token=t")
			.run((context) -> assertThat(context).hasSingleBean(SendsHttpApi.class)
				.doesNotHaveBean("cocoonmailSendsRoutes"));
	}

}
