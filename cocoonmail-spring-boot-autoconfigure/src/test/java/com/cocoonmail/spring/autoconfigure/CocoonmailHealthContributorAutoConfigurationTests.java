package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.ApiKeyValidation;
import com.cocoonmail.spring.health.CocoonmailHealthIndicator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.mock;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.times;

/**
 * Tests for {@link CocoonmailHealthContributorAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailHealthContributorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
				CocoonmailHealthContributorAutoConfiguration.class));

	private final ApplicationContextRunner keyedContextRunner = this.contextRunner
		.withPropertyValues("cocoonmail.api-key=test-api-key");

	@Test
	void withApiKeyCreatesHealthIndicator() {
		this.keyedContextRunner.run((context) -> assertThat(context).hasSingleBean(CocoonmailHealthIndicator.class)
			.hasBean("cocoonmailHealthIndicator"));
	}

	@Test
	void withoutApiKeyCreatesNoHealthIndicator() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailHealthIndicator.class));
	}

	@Test
	void whenHealthIndicatorIsDisabledCreatesNoHealthIndicator() {
		this.keyedContextRunner.withPropertyValues("management.health.cocoonmail.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailHealthIndicator.class));
	}

	@Test
	void whenDefaultHealthIndicatorsAreDisabledCreatesNoHealthIndicator() {
		this.keyedContextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailHealthIndicator.class));
	}

	@Test
	void withoutHealthSupportCreatesClientButNoHealthIndicator() {
		this.keyedContextRunner.withClassLoader(new FilteredClassLoader(AbstractReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailHealthIndicator.class));
	}

	@Test
	void backsOffForUserBeanNamedCocoonmailHealthIndicator() {
		ReactiveHealthIndicator userIndicator = () -> Mono.just(Health.up().build());
		this.keyedContextRunner
			.withBean("cocoonmailHealthIndicator", ReactiveHealthIndicator.class, () -> userIndicator)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CocoonmailHealthIndicator.class);
				assertThat(context.getBean("cocoonmailHealthIndicator")).isSameAs(userIndicator);
			});
	}

	@Test
	void healthIndicatorReusesResultForConfiguredTimeToLive() {
		CocoonmailOperations operations = validOperations();
		this.keyedContextRunner.withBean(CocoonmailOperations.class, () -> operations).run((context) -> {
			checkHealthTwice(context);
			then(operations).should(times(1)).validateApiKey();
		});
	}

	@Test
	void healthIndicatorWithZeroTimeToLiveProbesEveryTime() {
		CocoonmailOperations operations = validOperations();
		this.keyedContextRunner.withPropertyValues("cocoonmail.health.cache-time-to-live=0s")
			.withBean(CocoonmailOperations.class, () -> operations)
			.run((context) -> {
				checkHealthTwice(context);
				then(operations).should(times(2)).validateApiKey();
			});
	}

	private static void checkHealthTwice(AssertableApplicationContext context) {
		CocoonmailHealthIndicator indicator = context.getBean(CocoonmailHealthIndicator.class);
		for (int i = 0; i < 2; i++) {
			Health health = indicator.health().block(TIMEOUT);
			assertThat(health).isNotNull();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
		}
	}

	private static CocoonmailOperations validOperations() {
		CocoonmailOperations operations = mock(CocoonmailOperations.class);
		given(operations.validateApiKey())
			.willAnswer((invocation) -> Mono.fromSupplier(() -> new ApiKeyValidation(true, null, null)));
		return operations;
	}

}
