package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.mock;

/**
 * Tests for {@link CocoonmailEventBridgeAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
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

}
