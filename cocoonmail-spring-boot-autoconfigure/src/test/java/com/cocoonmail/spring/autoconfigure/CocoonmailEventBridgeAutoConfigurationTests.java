package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import com.cocoonmail.spring.event.CocoonmailOutbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.mock;

/**
 * Tests for {@link CocoonmailEventBridgeAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailEventBridgeAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(CocoonmailAutoConfiguration.class, CocoonmailEventBridgeAutoConfiguration.class));

	@Test
	void withApiKeyCreatesRunningBridge() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key").run((context) -> {
			assertThat(context).hasSingleBean(CocoonmailEventBridge.class);
			CocoonmailEventBridge bridge = context.getBean(CocoonmailEventBridge.class);
			assertThat(bridge.isRunning()).isTrue();
			assertThat(bridge.getPhase()).isLessThan(SmartLifecycle.DEFAULT_PHASE - 2048).isGreaterThan(0);
		});
	}

	@Test
	void whenDisabledCreatesNoBridge() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key", "cocoonmail.events.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailEventBridge.class));
	}

	@Test
	void withoutOperationsCreatesNoBridge() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailEventBridge.class));
	}

	@Test
	void withUserDefinedOperationsCreatesBridge() {
		this.contextRunner.withBean(CocoonmailOperations.class, () -> mock(CocoonmailOperations.class))
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailEventBridge.class));
	}

	@Test
	void backsOffForUserDefinedBridge() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key")
			.withBean("userBridge", CocoonmailEventBridge.class,
					() -> new CocoonmailEventBridge(mock(CocoonmailOperations.class), (event) -> {
					}, 1, Duration.ofSeconds(1), CocoonmailDeliveryListener.NONE))
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailEventBridge.class).hasBean("userBridge"));
	}

	@Test
	void withMeterRegistryCountsOutcomes() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).getBean(CocoonmailDeliveryListener.class)
				.isInstanceOf(MicrometerCocoonmailDeliveryListener.class));
	}

	@Test
	void withoutMicrometerCreatesBridgeWithoutMetrics() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key")
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailEventBridge.class)
				.doesNotHaveBean(CocoonmailDeliveryListener.class));
	}

	@Test
	void autoStoreWithDataSourceKeepsTheOutboxInATableItCreates() {
		DataSource dataSource = h2();
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key")
			.withBean(DataSource.class, () -> dataSource)
			.run((context) -> {
				assertThat(context).hasSingleBean(CocoonmailOutbox.class).hasBean("cocoonmailOutboxSchemaInitializer");
				assertThat(JdbcClient.create(dataSource)
					.sql("SELECT COUNT(*) FROM COCOONMAIL_OUTBOX")
					.query(Long.class)
					.single()).isZero();
				assertThat(context.getBean(CocoonmailOutbox.class).pending()).isZero();
			});
	}

	@Test
	void autoStoreWithoutDataSourceWarnsThatQueuedRequestsDoNotSurviveARestart(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key").run((context) -> {
			assertThat(context).hasSingleBean(CocoonmailOutbox.class);
			assertThat(output).contains("queued requests do not survive a restart");
		});
	}

	@Test
	void memoryStoreWithDataSourceLeavesTheDatabaseAlone(CapturedOutput output) {
		DataSource dataSource = h2();
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key", "cocoonmail.events.store=memory")
			.withBean(DataSource.class, () -> dataSource)
			.run((context) -> {
				assertThat(context).hasSingleBean(CocoonmailEventBridge.class)
					.doesNotHaveBean("cocoonmailOutboxSchemaInitializer");
				assertThat(output).doesNotContain("do not survive a restart");
			});
	}

	@Test
	void jdbcStoreWithoutDataSourceFailsStartUpNamingTheProperty() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=test-key", "cocoonmail.events.store=jdbc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCocoonmailPropertyException.class)
				.hasMessageContaining("cocoonmail.events.store")
				.hasMessageContaining("DataSource"));
	}

	@Test
	void initializeSchemaNeverLeavesTheSchemaToTheApplication() {
		DataSource dataSource = h2();
		this.contextRunner
			.withPropertyValues("cocoonmail.api-key=test-key", "cocoonmail.events.jdbc.initialize-schema=never")
			.withBean(DataSource.class, () -> dataSource)
			.run((context) -> assertThat(JdbcClient.create(dataSource)
				.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'COCOONMAIL_OUTBOX'")
				.query(Long.class)
				.single()).isZero());
	}

	private static DataSource h2() {
		return new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:autoconfig" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

}
