package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailRateLimitException;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.SocketEffect;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the observations and meters of the auto-configured client.
 *
 * @author Cocoonmail Team
 */
class CocoonmailObservabilityTests {

	private static final String REQUESTS = "cocoonmail.client.requests";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final SendEventRequest SIGNED_UP = SendEventRequest.of("signed_up", "a@example.com");

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@Test
	void successfulCallIsObservedWithOperationMethodOutcomeAndStatus() {
		this.cocoonmail.answerEveryRequest(201, "{\"success\":true,\"id\":\"e-1\"}");
		run((context) -> {
			operations(context).sendEvent(SIGNED_UP).block(TIMEOUT);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			awaitRequestTimer(registry, "SUCCESS", "201");
			assertPermitGranted(registry);
			assertThat(registry.get(MicrometerCocoonmailPacingListener.RATE_LIMITED).counter().count()).isZero();
		});
	}

	@Test
	void rateLimitedCallIsCountedAndObservedAsFailure() {
		this.cocoonmail.answerEveryRequest(429, "{\"message\":\"Too many requests\"}");
		run((context) -> {
			assertThatExceptionOfType(CocoonmailRateLimitException.class)
				.isThrownBy(() -> operations(context).sendEvent(SIGNED_UP).block(TIMEOUT));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			awaitRequestTimer(registry, "FAILURE", "429");
			assertThat(registry.get(MicrometerCocoonmailPacingListener.RATE_LIMITED).counter().count()).isOne();
			assertPermitGranted(registry);
		});
	}

	@Test
	void cancelledCallIsObservedAsCancelledWithoutStatus() {
		this.cocoonmail.answerEveryRequest(
				LoopbackCocoonmail.answer(201, "{}").onResponseStart(SocketEffect.Stall.INSTANCE).build());
		run((context) -> {
			Disposable call = operations(context).sendEvent(SIGNED_UP).subscribe();
			await().atMost(TIMEOUT).until(() -> this.cocoonmail.requestCount() == 1);
			call.dispose();
			awaitRequestTimer(context.getBean(MeterRegistry.class), "CANCELLED", "NONE");
		});
	}

	@Test
	void readmeMetricsTableNamesEveryMeterAndTagTheRegistryHolds() throws IOException {
		List<String> rows = readmeMetricsRows();
		this.cocoonmail.answerEveryRequest(429, "{\"message\":\"Too many requests\"}");
		run((context) -> {
			assertThatExceptionOfType(CocoonmailRateLimitException.class)
				.isThrownBy(() -> operations(context).sendEvent(SIGNED_UP).block(TIMEOUT));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			awaitRequestTimer(registry, "FAILURE", "429");
			List<Meter> meters = registry.getMeters()
				.stream()
				.filter((meter) -> meter.getId().getName().startsWith("cocoonmail."))
				.toList();
			assertThat(meters).extracting((meter) -> meter.getId().getName())
				.contains(REQUESTS, REQUESTS + ".active", MicrometerCocoonmailPacingListener.PERMIT_WAIT,
						MicrometerCocoonmailPacingListener.RATE_LIMITED);
			assertDocumented(meters, rows);
			assertThat(rows.stream().filter((row) -> row.startsWith("| `cocoonmail.client.")))
				.allSatisfy((row) -> assertThat(meters).extracting((meter) -> meter.getId().getName())
					.contains(row.substring(3, row.indexOf('`', 3))));
		});
	}

	@Test
	void sharedBudgetMetersShowFromStartUpAndTheReadmeMetricsTableNamesThem() throws IOException {
		List<String> rows = readmeMetricsRows();
		runWithJdbcBudget((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerSharedBudgetListener.SHARED).tag("store", "jdbc").gauge().value())
				.isOne();
			assertThat(registry.get(MicrometerSharedBudgetListener.LOST).tag("store", "jdbc").counter().count())
				.isZero();
			assertThat(registry.get(MicrometerSharedBudgetListener.FALLBACK).tag("store", "jdbc").counter().count())
				.isZero();
			List<Meter> meters = registry.getMeters()
				.stream()
				.filter((meter) -> meter.getId().getName().startsWith("cocoonmail.rate.limit."))
				.toList();
			assertThat(meters).hasSize(3);
			assertDocumented(meters, rows);
		});
	}

	private static List<String> readmeMetricsRows() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		String metrics = readme.substring(readme.indexOf("## Metrics"), readme.indexOf("## Performance"));
		return metrics.lines().filter((line) -> line.startsWith("| `")).toList();
	}

	private static void assertDocumented(List<Meter> meters, List<String> rows) {
		for (Meter meter : meters) {
			String name = "`" + meter.getId().getName() + "`";
			assertThat(rows).as("README row for %s", name)
				.anySatisfy((row) -> assertThat(row.substring(0, row.indexOf(" | ", 2))).contains(name));
			String row = rows.stream()
				.filter((candidate) -> candidate.substring(0, candidate.indexOf(" | ", 2)).contains(name))
				.findFirst()
				.orElseThrow();
			meter.getId()
				.getTags()
				.forEach((tag) -> assertThat(row).as("README tag %s of %s", tag.getKey(), name)
					.contains("`" + tag.getKey() + "`"));
		}
	}

	private void run(ContextConsumer<AssertableApplicationContext> consumer) {
		this.cocoonmail.contextRunner("cocoonmail.retry.max-attempts=1")
			.withUserConfiguration(ObservationConfiguration.class)
			.run(consumer);
	}

	private void runWithJdbcBudget(ContextConsumer<AssertableApplicationContext> consumer) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:observability-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.cocoonmail.contextRunner("cocoonmail.retry.max-attempts=1", "cocoonmail.rate-limit.store=jdbc")
			.withConfiguration(AutoConfigurations.of(CocoonmailSharedBudgetAutoConfiguration.class))
			.withBean(DataSource.class, () -> dataSource)
			.withUserConfiguration(ObservationConfiguration.class)
			.run(consumer);
	}

	private static CocoonmailOperations operations(AssertableApplicationContext context) {
		return context.getBean(CocoonmailOperations.class);
	}

	private static void awaitRequestTimer(MeterRegistry registry, String outcome, String status) {
		await().atMost(TIMEOUT).untilAsserted(() -> {
			Timer timer = registry.find(REQUESTS)
				.tags("operation", "sendEvent", "method", "POST", "outcome", outcome, "status", status)
				.timer();
			assertThat(timer).isNotNull();
			assertThat(timer.count()).isOne();
		});
	}

	private static void assertPermitGranted(MeterRegistry registry) {
		assertThat(
				registry.get(MicrometerCocoonmailPacingListener.PERMIT_WAIT).tag("outcome", "granted").timer().count())
			.isGreaterThanOrEqualTo(1);
	}

	@Configuration(proxyBeanMethods = false)
	static class ObservationConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry(MeterRegistry meterRegistry) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
			return registry;
		}

	}

}
