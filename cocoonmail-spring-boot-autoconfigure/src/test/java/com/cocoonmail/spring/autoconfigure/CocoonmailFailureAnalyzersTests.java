package com.cocoonmail.spring.autoconfigure;

import java.util.List;

import com.cocoonmail.spring.client.CocoonmailOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the Cocoonmail {@link FailureAnalyzer failure analyzers}, run against real
 * start-up failures.
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailFailureAnalyzersTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class));

	@Test
	void missingApiKeyWhenOperationsAreInjectedIsExplained() {
		this.contextRunner.withUserConfiguration(NeedsOperations.class).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("CocoonmailOperations")
				.contains("'cocoonmail.api-key' is not set");
			assertThat(analysis.getAction()).contains("Set 'cocoonmail.api-key'").contains("COCOONMAIL_API_KEY");
		});
	}

	@Test
	void missingApiKeyIsReportedAtStartupInsteadOfTheGenericAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsOperations.class, CocoonmailAutoConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains(NoCocoonmailApiKeyFailureAnalyzer.DESCRIPTION)
			.contains(NoCocoonmailApiKeyFailureAnalyzer.ACTION);
	}

	@Test
	void insecureBaseUrlIsExplained() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=key", "cocoonmail.base-url=http://mail.example.com")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("http://mail.example.com").contains("clear text");
				assertThat(analysis.getAction()).contains("'cocoonmail.base-url'").contains("https");
			});
	}

	@Test
	void invalidPropertyIsExplained() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=key", "cocoonmail.retry.max-attempts=0")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.isEqualTo("Invalid value '0' for property 'cocoonmail.retry.max-attempts': must be at least 1.");
				assertThat(analysis.getAction()).isEqualTo(
						"Update 'cocoonmail.retry.max-attempts' in your configuration so that it must be at least 1.");
			});
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(analyzers().stream().map((analyzer) -> analyzer.analyze(new IllegalStateException("other"))))
			.containsOnlyNulls();
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).isNotNull();
		return analyzers().stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter((analysis) -> analysis != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No analysis for " + failure));
	}

	/**
	 * Return the analyzers this module registers in {@code META-INF/spring.factories}
	 * (Boot's own need constructor arguments and are skipped).
	 */
	private static List<FailureAnalyzer> analyzers() {
		return SpringFactoriesLoader.forDefaultResourceLocation(CocoonmailFailureAnalyzersTests.class.getClassLoader())
			.load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, failure) -> {
			}))
			.stream()
			.filter((analyzer) -> analyzer.getClass().getPackageName().startsWith("com.cocoonmail"))
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsOperations {

		@Autowired
		CocoonmailOperations operations;

	}

}
