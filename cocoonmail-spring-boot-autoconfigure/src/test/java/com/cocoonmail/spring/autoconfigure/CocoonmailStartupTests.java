package com.cocoonmail.spring.autoconfigure;

import java.util.stream.Stream;

import com.cocoonmail.spring.client.CocoonmailOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for the start-up rules of SPEC section 8: what a user sees when the application
 * starts (a real {@link SpringApplication} run, its failure analysis printed to the
 * console).
 *
 * @author Cocoonmail Team
 */
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailStartupTests {

	private static final String KEY = "startup-test-key-4711";

	@ParameterizedTest
	@CsvSource({ "cocoonmail.rate-limt.enabled, cocoonmail.rate-limit.enabled",
			"cocoonmail.retry.max-attempt, cocoonmail.retry.max-attempts",
			"cocoonmail.events.enable, cocoonmail.events.enabled" })
	void misspelledKeyFailsStartupNamingTheKeyAndTheRightOne(String misspelled, String meant, CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + KEY, "--" + misspelled + "=false");
		assertThat(console).contains("APPLICATION FAILED TO START")
			.contains("The property '" + misspelled + "' (from ")
			.contains("commandLineArgs")
			.contains(") is not a Cocoonmail property.")
			.contains("Did you mean '" + meant + "'? Rename '" + misspelled + "'.")
			.doesNotContain(KEY);
	}

	@Test
	void misspelledApiKeyIsNamedWithoutPrintingItsValue(CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + KEY, "--cocoonmail.api-kye=" + KEY);
		assertThat(console).contains("The property 'cocoonmail.api-kye'")
			.contains("Did you mean 'cocoonmail.api-key'?")
			.doesNotContain(KEY);
	}

	@Test
	void threeBadValuesAreReportedTogether(CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + KEY, "--cocoonmail.retry.max-attempts=0",
				"--cocoonmail.rate-limit.requests-per-second=0", "--cocoonmail.read-timeout=-1s");
		assertThat(console).contains("3 Cocoonmail properties have invalid values:")
			.contains("Property: cocoonmail.read-timeout", "Value: 'PT-1S'",
					"Reason: must be a positive duration such as 5s")
			.contains("Property: cocoonmail.rate-limit.requests-per-second", "Property: cocoonmail.retry.max-attempts",
					"Reason: must be at least 1")
			.contains("- 'cocoonmail.retry.max-attempts' so that it must be at least 1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-url", "ftp://files.example.com/cocoonmail", "file:///etc/cocoonmail", "https://" })
	void baseUrlThatIsNotAnAbsoluteHttpUrlIsExplainedNamingTheProperty(String baseUrl, CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + KEY, "--cocoonmail.base-url=" + baseUrl);
		assertThat(console).contains("Invalid value '" + baseUrl
				+ "' for property 'cocoonmail.base-url': must be an absolute http(s) URL such as https://webhook.cocoonmail.com.")
			.contains("Update 'cocoonmail.base-url' in your configuration");
		assertThat(console.lines().filter((line) -> line.startsWith("\tat "))).isEmpty();
	}

	@Test
	void baseUrlWithUserInfoFailsStartupWithoutPrintingThePassword(CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + KEY,
				"--cocoonmail.base-url=https://mailer:s3cr3t-pa55@mail.example.com");
		assertThat(console)
			.contains("Invalid value 'https://******@mail.example.com' for property 'cocoonmail.base-url': "
					+ "must not contain user information")
			.doesNotContain("s3cr3t-pa55")
			.doesNotContain("mailer:");
	}

	@ParameterizedTest
	@MethodSource("keysWithBadCharacters")
	void apiKeyWithWhitespaceOrControlCharactersFailsStartupWithoutPrintingTheKey(String key, String found,
			CapturedOutput output) {
		String console = failedStartup(output, "--cocoonmail.api-key=" + key);
		assertThat(console).contains("Invalid value '******' for property 'cocoonmail.api-key': "
				+ "must not contain whitespace or control characters, but has " + found);
		assertThat(console).doesNotContain(KEY.substring(0, 12));
	}

	static Stream<Arguments> keysWithBadCharacters() {
		return Stream.of(Arguments.of(KEY + "\n", "a line feed at position 22 of 22"),
				Arguments.of(KEY + "\r\n", "a carriage return at position 22 of 23"),
				Arguments.of(KEY + "\0", "a NUL character at position 22 of 22"),
				Arguments.of("\t" + KEY, "a tab at position 1 of 22"),
				Arguments.of(KEY.substring(0, 7) + " " + KEY.substring(7), "a space at position 8 of 22"));
	}

	@Test
	void unsetPlaceholderWithoutDefaultIsExplained(CapturedOutput output) {
		SpringApplication application = application(NeedsOperations.class, ImportsCocoonmail.class);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		application.setEnvironment(environment);
		assertThatException().isThrownBy(() -> application.run("--cocoonmail.api-key=${COCOONMAIL_API_KEY}"));
		assertThat(output).contains(
				"Property 'cocoonmail.api-key' refers to '${COCOONMAIL_API_KEY}', but no environment variable or property 'COCOONMAIL_API_KEY' is set.")
			.contains("write 'cocoonmail.api-key: ${COCOONMAIL_API_KEY:}'")
			.doesNotContain("PlaceholderResolutionException");
	}

	@Test
	void emptyPlaceholderDefaultStartsWithoutCocoonmail() {
		SpringApplication application = application();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		application.setEnvironment(environment);
		try (ConfigurableApplicationContext context = application.run("--cocoonmail.api-key=${COCOONMAIL_API_KEY:}")) {
			assertThat(context.getBeanNamesForType(CocoonmailOperations.class)).isEmpty();
		}
	}

	@Test
	void missingKeyAnalysisRecommendsTheFormThatStartsWhenTheVariableIsUnset(CapturedOutput output) {
		SpringApplication application = application(NeedsOperations.class, ImportsCocoonmail.class);
		assertThatException().isThrownBy(() -> application.run("--cocoonmail.api-key="));
		assertThat(output).contains(NoCocoonmailApiKeyFailureAnalyzer.DESCRIPTION)
			.contains("'cocoonmail.api-key: ${COCOONMAIL_API_KEY:}'");
	}

	@Test
	void missingBeanWithExcludedAutoConfigurationDoesNotBlameTheKey(CapturedOutput output) {
		SpringApplication application = application(NeedsOperations.class, ExcludesCocoonmail.class);
		assertThatException().isThrownBy(() -> application.run("--cocoonmail.api-key=" + KEY));
		assertThat(output).contains("the Cocoonmail auto-configuration is excluded")
			.contains("Remove CocoonmailAutoConfiguration from the excluded auto-configurations")
			.doesNotContain("is not set")
			.doesNotContain(KEY);
	}

	@Test
	void startupLogsOneInfoLineWithHostAuthSchemeLimiterAndDeliveryMode(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class))
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=https://eu.cocoonmail.example:8443/",
					"cocoonmail.auth-scheme=header", "cocoonmail.rate-limit.requests-per-second=7")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.getOut().lines().filter((line) -> line.contains("Cocoonmail client:"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("INFO")
				.endsWith("Cocoonmail client: host eu.cocoonmail.example:8443, auth scheme header, "
						+ "limiter local (7 requests per second), delivery mode live"));
		assertThat(output).doesNotContain(KEY);
	}

	@Test
	void startupLineSaysWhenTheLimiterIsOffAndTheDeliveryMode(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class))
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.rate-limit.enabled=false",
					"cocoonmail.delivery.mode=capture")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Cocoonmail client: host webhook.cocoonmail.com, auth scheme bearer, "
				+ "limiter off, delivery mode capture");
	}

	private static String failedStartup(CapturedOutput output, String... args) {
		int start = output.length();
		SpringApplication application = application();
		assertThatException().isThrownBy(() -> application.run(args));
		return output.toString().substring(start);
	}

	private static SpringApplication application(Class<?>... sources) {
		SpringApplication application = new SpringApplication(
				(sources.length > 0) ? sources : new Class<?>[] { ImportsCocoonmail.class });
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CocoonmailAutoConfiguration.class)
	static class ImportsCocoonmail {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(classes = CocoonmailAutoConfiguration.class, exclude = CocoonmailAutoConfiguration.class)
	static class ExcludesCocoonmail {

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsOperations {

		@Autowired
		CocoonmailOperations operations;

	}

}
