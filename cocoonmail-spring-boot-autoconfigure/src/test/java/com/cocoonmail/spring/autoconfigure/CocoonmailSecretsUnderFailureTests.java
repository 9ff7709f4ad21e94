package com.cocoonmail.spring.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailRateLimitException;
import com.cocoonmail.spring.client.CocoonmailTransportException;
import com.cocoonmail.spring.client.CocoonmailValidationException;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.event.CocoonmailDeliveryFailedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests that the API key stays out of everything a user can see while every kind of
 * failure happens: a real WebFlux application at {@code TRACE} with wire logging, its
 * client answered by the emulator with each failure in turn (the bodies echo the key, as
 * a careless server might), then every actuator page, the sends API and every table of
 * its JDBC stores are read. Each case first checks that its failure really happened.
 *
 * @author Cocoonmail Team
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class CocoonmailSecretsUnderFailureTests {

	static final String KEY = "ck_live_8f3a1c5e7b9d2f4a6c8e0b1d3f5a7c9e";

	private static final String ECHO = "{\"success\":false,\"message\":\"bad key " + KEY + "\"}";

	private static final String SENDS_TOKEN = "sends-api-test-token";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	final TraceLogging traceLogging = new TraceLogging();

	private final List<Throwable> failures = new CopyOnWriteArrayList<>();

	private CocoonmailEmulator cocoonmail;

	private CocoonmailEmulator elsewhere;

	private ConfigurableApplicationContext context;

	private CocoonmailOperations operations;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startApplication() {
		this.cocoonmail = CocoonmailEmulator.builder().apiKey(KEY).noRateLimit().start();
		this.elsewhere = CocoonmailEmulator.builder().noRateLimit().start();
		this.context = new SpringApplicationBuilder(FailingApplication.class).web(WebApplicationType.REACTIVE)
			.properties(Map.ofEntries(Map.entry("server.port", "0"), Map.entry("server.address", "127.0.0.1"),
					Map.entry("cocoonmail.api-key", KEY), Map.entry("cocoonmail.base-url", this.cocoonmail.baseUrl()),
					Map.entry("cocoonmail.read-timeout", "500ms"), Map.entry("cocoonmail.retry.max-attempts", "2"),
					Map.entry("cocoonmail.retry.initial-backoff", "10ms"),
					Map.entry("cocoonmail.retry.max-backoff", "20ms"),
					Map.entry("cocoonmail.rate-limit.requests-per-second", "1000"),
					Map.entry("cocoonmail.events.store", "jdbc"), Map.entry("cocoonmail.sends.store", "jdbc"),
					Map.entry("cocoonmail.sends.api.enabled", "true"),
					Map.entry("cocoonmail.sends.api.token", SENDS_TOKEN),
					Map.entry("management.endpoints.web.exposure.include", "*"),
					Map.entry("management.endpoint.health.show-details", "always"),
					Map.entry("management.endpoint.configprops.show-values", "always"),
					Map.entry("management.endpoint.env.show-values", "always"),
					Map.entry("spring.datasource.url", "jdbc:h2:mem:secrets;DB_CLOSE_DELAY=-1")))
			.run();
		this.context.addApplicationListener(
				(ApplicationListener<CocoonmailDeliveryFailedEvent>) (event) -> this.failures.add(event.getCause()));
		this.operations = this.context.getBean(CocoonmailOperations.class);
	}

	@AfterAll
	void stopApplication() {
		this.context.close();
		this.cocoonmail.close();
		this.elsewhere.close();
	}

	@ParameterizedTest
	@EnumSource(FailureKind.class)
	void keyIsAbsentFromTheFailureItsCausesAndTheLogs(FailureKind kind, CapturedOutput output) {
		this.cocoonmail.failEvery(kind.fault(this.elsewhere));
		try {
			Throwable failure = kind.provoke(this.operations);
			assertThat(failure).as(kind.name()).isInstanceOf(kind.type());
			assertThat(everythingAbout(failure)).as(kind.name()).doesNotContain(KEY);
		}
		finally {
			this.cocoonmail.clearFaults();
		}
		assertThat(this.elsewhere.arrivalCount()).isZero();
		assertThat(output).doesNotContain(KEY);
	}

	@Test
	void keyIsAbsentFromABridgeFailureEvent(CapturedOutput output) {
		this.cocoonmail.failEvery(EmulatorFault.status(400, ECHO, Map.of()));
		try {
			this.context.publishEvent(SendEventRequest.of("signup", "ada@example.com"));
			await().atMost(TIMEOUT).until(() -> !this.failures.isEmpty());
		}
		finally {
			this.cocoonmail.clearFaults();
		}
		assertThat(this.failures).allSatisfy((cause) -> assertThat(everythingAbout(cause)).doesNotContain(KEY));
		assertThat(output).contains("was not delivered").doesNotContain(KEY);
	}

	@Test
	void keyIsAbsentWhenTheLocalLimiterGivesUp(CapturedOutput output) {
		List<Throwable> errors = new ArrayList<>();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class))
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=" + this.cocoonmail.baseUrl(),
					"cocoonmail.rate-limit.requests-per-second=1", "cocoonmail.rate-limit.timeout=50ms")
			.run((limited) -> {
				CocoonmailOperations slow = limited.getBean(CocoonmailOperations.class);
				Flux.range(0, 3).flatMap((i) -> failureOf(slow.validateApiKey())).toStream().forEach(errors::add);
			});
		assertThat(errors).hasAtLeastOneElementOfType(CocoonmailRateLimitException.class)
			.allSatisfy((error) -> assertThat(everythingAbout(error)).doesNotContain(KEY));
		assertThat(output).doesNotContain(KEY);
	}

	@Test
	void keyIsAbsentFromEveryActuatorPageTheSendsApiAndTheStoresAfterFailures(CapturedOutput output) throws Exception {
		for (FailureKind kind : FailureKind.values()) {
			keyIsAbsentFromTheFailureItsCausesAndTheLogs(kind, output);
		}
		assertThat(output).contains("TRACE").contains("Cocoonmail answered 404");
		List<String> pages = actuatorPages();
		assertThat(pages).contains("/actuator/health", "/actuator/configprops", "/actuator/env");
		for (String page : pages) {
			HttpResponse<String> response = get(page, null);
			assertThat(response.statusCode()).as(page).isNotEqualTo(500);
			assertThat(response.body()).as(page).doesNotContain(KEY);
		}
		HttpResponse<String> sends = get("/api/sends?per_page=1000", "Bearer " + SENDS_TOKEN);
		assertThat(sends.statusCode()).isEqualTo(200);
		assertThat(sends.body()).contains("failure_reason").doesNotContain(KEY);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		List<String> tables = jdbc.queryForList(
				"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", String.class);
		assertThat(tables).anyMatch((table) -> table.contains("SEND"));
		for (String table : tables) {
			assertThat(jdbc.queryForList("SELECT * FROM " + table).toString()).as(table).doesNotContain(KEY);
		}
		assertThat(output).doesNotContain(KEY);
	}

	private List<String> actuatorPages() throws Exception {
		JsonNode links = JsonMapper.builder().build().readTree(get("/actuator", null).body()).get("_links");
		List<String> pages = new ArrayList<>();
		for (String name : links.propertyNames()) {
			if (!name.equals("heapdump") && !name.equals("shutdown")) {
				String href = links.get(name).get("href").asString();
				pages.add(URI.create(href.replaceAll("\\{[^}]*}", templateValue(name))).getPath());
			}
		}
		return pages;
	}

	private static String templateValue(String name) {
		return switch (name) {
			case "env-toMatch" -> "cocoonmail.api-key";
			case "configprops-prefix" -> "cocoonmail";
			case "health-path" -> "cocoonmail";
			case "loggers-name" -> "com.cocoonmail";
			case "metrics-requiredMetricName" -> "cocoonmail.requests";
			case "caches-cache" -> "none";
			default -> "x";
		};
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI
				.create("http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port") + path))
			.timeout(TIMEOUT);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Return the failure a call ends with, or nothing when it succeeds.
	 * @param call the call
	 * @return the failure
	 */
	static Mono<Throwable> failureOf(Mono<?> call) {
		return call.then(Mono.<Throwable>empty()).onErrorResume(Mono::just);
	}

	/**
	 * Everything a failure says: its string, message, stack trace, causes and suppressed
	 * exceptions.
	 * @param failure the failure
	 * @return the text
	 */
	static String everythingAbout(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			text.append(String.valueOf(cause.getMessage())).append(cause.toString());
		}
		return text.toString();
	}

	/**
	 * A failure a user can meet, how to cause it and what it is seen as.
	 */
	enum FailureKind {

		INVALID_REQUEST(CocoonmailValidationException.class, null,
				(operations) -> operations
					.sendMail(SendMailRequest.builder().transactionalId("welcome").to("not-an-address").build())),

		UNAUTHORIZED(CocoonmailApiException.class, EmulatorFault.status(401, ECHO, Map.of()), null),

		BAD_REQUEST(CocoonmailApiException.class, EmulatorFault.status(400, ECHO, Map.of()), null),

		NOT_FOUND(CocoonmailApiException.class, EmulatorFault.status(404, ECHO, Map.of()), null),

		RATE_LIMITED(CocoonmailApiException.class,
				EmulatorFault.status(429, ECHO, Map.of("Retry-After", "0", "x-ratelimit-remaining", "0")), null),

		SERVER_ERROR(CocoonmailApiException.class, EmulatorFault.status(503, ECHO, Map.of()), null),

		UNREADABLE_ANSWER(CocoonmailException.class, EmulatorFault.status(200, "not json " + KEY, Map.of()), null),

		SLOW_ANSWER(CocoonmailTransportException.class, EmulatorFault.delay(Duration.ofSeconds(3)), null),

		CONNECTION_RESET(CocoonmailTransportException.class, EmulatorFault.reset(), null),

		REDIRECT_ELSEWHERE(CocoonmailException.class, null, null) {

			@Override
			EmulatorFault fault(CocoonmailEmulator elsewhere) {
				return EmulatorFault.status(307, ECHO,
						Map.of("Location", elsewhere.baseUrl() + "webhook/mail/send?key=" + KEY));
			}

		};

		private final Class<? extends Throwable> type;

		private final EmulatorFault fault;

		private final Function<CocoonmailOperations, Mono<?>> call;

		FailureKind(Class<? extends Throwable> type, EmulatorFault fault,
				Function<CocoonmailOperations, Mono<?>> call) {
			this.type = type;
			this.fault = fault;
			this.call = (call != null) ? call : (operations) -> operations
				.sendMail(SendMailRequest.builder().transactionalId("welcome").to("ada@example.com").build());
		}

		Class<? extends Throwable> type() {
			return this.type;
		}

		EmulatorFault fault(CocoonmailEmulator elsewhere) {
			return this.fault;
		}

		Throwable provoke(CocoonmailOperations operations) {
			return failureOf(this.call.apply(operations)).block(TIMEOUT);
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(CocoonmailSecretsTests.WiretapConnectorConfiguration.class)
	static class FailingApplication {

		@Bean
		CocoonmailWebClientCustomizer requestDetailsLogging() {
			return (builder) -> builder.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
		}

	}

}
