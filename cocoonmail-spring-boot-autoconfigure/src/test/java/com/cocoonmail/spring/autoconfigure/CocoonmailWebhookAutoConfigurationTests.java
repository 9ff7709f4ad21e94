package com.cocoonmail.spring.autoconfigure;

import java.time.Instant;

import com.cocoonmail.spring.webhook.CocoonmailWebhookReceipts;
import com.cocoonmail.spring.webhook.CocoonmailWebhookReceiver;
import com.cocoonmail.spring.webhook.JdbcWebhookReceipts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CocoonmailWebhookAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailWebhookAutoConfigurationTests {

	private static final String TOKEN = "Bearer whk_test_autoconfig";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CocoonmailWebhookAutoConfiguration.class));

	private final ApplicationContextRunner enabledRunner = this.contextRunner
		.withPropertyValues("cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization=" + TOKEN);

	@Test
	void receiverIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailWebhookReceiver.class));
	}

	@Test
	void receiverNeedsNoApiKey() {
		this.enabledRunner.run((context) -> {
			assertThat(context).hasSingleBean(CocoonmailWebhookReceiver.class);
			assertThat(context).doesNotHaveBean("cocoonmailClient");
		});
	}

	@Test
	void enabledWithoutAuthorizationFailsStartUpSayingWhatToSet() {
		this.contextRunner.withPropertyValues("cocoonmail.webhooks.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidCocoonmailPropertyException.class)
				.hasMessageContaining("cocoonmail.webhooks.authorization")
				.hasMessageContaining("must list at least one accepted Authorization header value");
		});
	}

	@Test
	void blankAuthorizationValueFailsStartUpWithoutShowingTheOthers() {
		this.contextRunner
			.withPropertyValues("cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization[0]=" + TOKEN,
					"cocoonmail.webhooks.authorization[1]= ")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("cocoonmail.webhooks.authorization[1]")
					.hasMessageNotContaining(TOKEN);
			});
	}

	@Test
	void negativeToleranceOrHugeBodyLimitFailsStartUp() {
		this.enabledRunner.withPropertyValues("cocoonmail.webhooks.tolerance=-1s")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("cocoonmail.webhooks.tolerance"));
		this.enabledRunner.withPropertyValues("cocoonmail.webhooks.max-body-size=1GB")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("cocoonmail.webhooks.max-body-size"));
	}

	@Test
	void reactiveApplicationGetsTheWebFluxRoute() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailWebhookAutoConfiguration.class))
			.withPropertyValues("cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization=" + TOKEN)
			.run((context) -> {
				assertThat(context)
					.hasSingleBean(org.springframework.web.reactive.function.server.RouterFunction.class);
				assertThat(context).doesNotHaveBean(org.springframework.web.servlet.function.RouterFunction.class);
			});
	}

	@Test
	void servletApplicationGetsTheMvcRoute() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailWebhookAutoConfiguration.class))
			.withPropertyValues("cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization=" + TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(org.springframework.web.servlet.function.RouterFunction.class);
				assertThat(context)
					.doesNotHaveBean(org.springframework.web.reactive.function.server.RouterFunction.class);
			});
	}

	@Test
	void servletApplicationWithoutSpringMvcGetsNoRoute() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailWebhookAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
			.withPropertyValues("cocoonmail.webhooks.enabled=true", "cocoonmail.webhooks.authorization=" + TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(CocoonmailWebhookReceiver.class);
			});
	}

	@Test
	void receiptsAreInMemoryWithoutADataSource() {
		this.enabledRunner.run((context) -> assertThat(context).getBean(CocoonmailWebhookReceipts.class)
			.isNotInstanceOf(JdbcWebhookReceipts.class));
	}

	@Test
	void receiptsAreInTheDataSourceWhenThereIsOneAndTheTableIsCreated() {
		this.enabledRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.run((context) -> {
				CocoonmailWebhookReceipts receipts = context.getBean(CocoonmailWebhookReceipts.class);
				assertThat(receipts).isInstanceOf(JdbcWebhookReceipts.class);
				assertThat(receipts.record("a".repeat(64), Instant.now().plusSeconds(60))).isTrue();
				assertThat(receipts.record("a".repeat(64), Instant.now().plusSeconds(60))).isFalse();
			});
	}

	@Test
	void tablePrefixIsAppliedToTheCreatedTable() {
		this.enabledRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("cocoonmail.webhooks.jdbc.table-prefix=APP_")
			.run((context) -> {
				JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
				context.getBean(CocoonmailWebhookReceipts.class).record("b".repeat(64), Instant.now().plusSeconds(60));
				assertThat(jdbc.sql("SELECT COUNT(*) FROM APP_WEBHOOK_RECEIPT").query(Long.class).single()).isOne();
			});
	}

	@Test
	void memoryStoreIsKeptWhenAskedForDespiteADataSource() {
		this.enabledRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("cocoonmail.webhooks.store=memory")
			.run((context) -> assertThat(context).getBean(CocoonmailWebhookReceipts.class)
				.isNotInstanceOf(JdbcWebhookReceipts.class));
	}

	@Test
	void jdbcStoreWithoutADataSourceFailsStartUpSayingWhy() {
		this.enabledRunner.withPropertyValues("cocoonmail.webhooks.store=jdbc")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("cocoonmail.webhooks.store")
				.hasMessageContaining("needs a single DataSource bean"));
	}

	@Test
	void userReceiptsReplaceTheDefault() {
		CocoonmailWebhookReceipts own = CocoonmailWebhookReceipts.inMemory(5, java.time.Clock.systemUTC());
		this.enabledRunner.withBean(CocoonmailWebhookReceipts.class, () -> own)
			.run((context) -> assertThat(context).getBean(CocoonmailWebhookReceipts.class).isSameAs(own));
	}

	@Test
	void authorizationValuesAreMaskedInActuatorEndpoints() {
		SanitizableData data = new SanitizableData(null, "cocoonmail.webhooks.authorization[0]", TOKEN);
		assertThat(CocoonmailSanitizingConfiguration.sanitize(data, () -> null).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

}
