package com.cocoonmail.spring.autoconfigure;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import com.cocoonmail.spring.test.OperationCall;
import io.netty.handler.logging.LogLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.logging.AdvancedByteBufFormat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the API key stays secret: absent from logs at {@code TRACE} even with wire
 * logging asked for, and masked in the {@code configprops} and {@code env} actuator
 * endpoints even with {@code show-values=always}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailSecretsTests {

	private static final String KEY = LoopbackCocoonmail.API_KEY;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String BASE_URL = "https://eu.cocoonmail.example";

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withPropertyValues("cocoonmail.base-url=" + BASE_URL, "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always");

	@ParameterizedTest
	@EnumSource(KeySource.class)
	void configpropsEndpointMasksKey(KeySource keySource) {
		keySource.apply(this.contextRunner).run((context) -> {
			String json = toJson(context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("cocoonmail"));
			assertThat(json).doesNotContain(KEY).contains("\"apiKey\":\"******\"").contains(BASE_URL);
		});
	}

	@ParameterizedTest
	@EnumSource(KeySource.class)
	void configpropsEndpointMasksKeyInFullReport(KeySource keySource) {
		keySource.apply(this.contextRunner).run((context) -> {
			String json = toJson(
					context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
			assertThat(json).doesNotContain(KEY).contains("\"apiKey\":\"******\"").contains(BASE_URL);
		});
	}

	@ParameterizedTest
	@EnumSource(KeySource.class)
	void envEndpointMasksKey(KeySource keySource) {
		keySource.apply(this.contextRunner).run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			String environment = toJson(endpoint.environment(null));
			assertThat(environment).doesNotContain(KEY).contains("\"value\":\"******\"").contains(BASE_URL);
			String entry = toJson(endpoint.environmentEntry("cocoonmail.api-key"));
			assertThat(entry).doesNotContain(KEY).contains("\"value\":\"******\"");
			assertThat(toJson(endpoint.environmentEntry("cocoonmail.base-url"))).contains(BASE_URL);
		});
	}

	private String toJson(Object descriptor) {
		return this.jsonMapper.writeValueAsString(descriptor);
	}

	static HttpClient wiretap(HttpClient httpClient) {
		return httpClient.wiretap("cocoonmail.test.wire", LogLevel.TRACE, AdvancedByteBufFormat.TEXTUAL);
	}

	/**
	 * Wire and client logs at {@code TRACE}.
	 */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class Logs {

		@RegisterExtension
		final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

		@RegisterExtension
		final TraceLogging traceLogging = new TraceLogging();

		@BeforeEach
		void answerSuccess() {
			this.cocoonmail.answerEveryRequest(200, "{\"success\":true,\"data\":{}}");
		}

		@Test
		void operationsCoverEveryMethodOfCocoonmailOperations() {
			assertThat(OperationCall.names()).containsExactlyInAnyOrderElementsOf(
					Arrays.stream(CocoonmailOperations.class.getMethods()).map(Method::getName).toList());
		}

		@Test
		void keyIsAbsentFromTraceLogsWhenBootConnectorBuilderHasWiretap(CapturedOutput output) {
			runEveryOperation(
					this.cocoonmail.contextRunner().withUserConfiguration(WiretapConnectorConfiguration.class), output);
		}

		@Test
		void keyIsAbsentFromTraceLogsWhenRequestDetailsLoggingIsOn(CapturedOutput output) {
			runEveryOperation(
					this.cocoonmail.contextRunner()
						.withBean(CocoonmailWebClientCustomizer.class,
								() -> (builder) -> builder
									.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true))),
					output);
		}

		@Test
		void keyIsAbsentFromTraceLogsWhenCustomizerSetsWiretappedConnector(CapturedOutput output) {
			runEveryOperation(
					this.cocoonmail.contextRunner()
						.withBean(CocoonmailWebClientCustomizer.class,
								() -> (builder) -> builder
									.clientConnector(new ReactorClientHttpConnector(wiretap(HttpClient.create())))),
					output);
		}

		@Test
		void keyEchoedInUnauthorizedAnswerIsAbsentFromLogsAndException(CapturedOutput output) {
			this.cocoonmail.answerEveryRequest(401,
					"{\"success\":false,\"message\":\"Invalid API key " + KEY + "\",\"error\":\"key " + KEY + "\"}");
			this.cocoonmail.contextRunner()
				.withUserConfiguration(WiretapConnectorConfiguration.class)
				.run((context) -> {
					CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
					assertThatExceptionOfType(CocoonmailApiException.class)
						.isThrownBy(() -> operations.validateApiKey().block(TIMEOUT))
						.withMessageContaining("401")
						.withMessageContaining("Invalid API key")
						.withMessageNotContaining(KEY)
						.satisfies((ex) -> assertThat(ex.toString()).doesNotContain(KEY));
				});
			assertThat(output).contains("Cocoonmail answered 401 to validateApiKey").doesNotContain(KEY);
		}

		@Test
		void wiretapWithoutTheStarterWouldLogTheKey(CapturedOutput output) {
			WebClient webClient = WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(wiretap(HttpClient.create())))
				.build();
			webClient.get()
				.uri(this.cocoonmail.baseUrl() + "webhook/api_key/validate")
				.header("Authorization", "Bearer " + KEY)
				.retrieve()
				.toBodilessEntity()
				.block(TIMEOUT);
			assertThat(output).contains(KEY);
		}

		private void runEveryOperation(ApplicationContextRunner contextRunner, CapturedOutput output) {
			contextRunner.withPropertyValues("cocoonmail.rate-limit.requests-per-second=1000").run((context) -> {
				CocoonmailOperations operations = context.getBean(CocoonmailOperations.class);
				OperationCall.ALL
					.forEach((operation) -> Flux.from(operation.call().apply(operations)).collectList().block(TIMEOUT));
			});
			assertThat(this.cocoonmail.requestCount()).isEqualTo(OperationCall.ALL.size());
			assertThat(output).contains("/webhook/mail/send");
			OperationCall.names()
				.forEach((operation) -> assertThat(output).contains("Cocoonmail answered 200 to " + operation));
			assertThat(output).doesNotContain(KEY);
		}

	}

	/**
	 * Where the key comes from.
	 */
	enum KeySource {

		PROPERTY {

			@Override
			ApplicationContextRunner apply(ApplicationContextRunner contextRunner) {
				return contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY);
			}

		},

		OTHER_PROPERTY {

			@Override
			ApplicationContextRunner apply(ApplicationContextRunner contextRunner) {
				return contextRunner.withPropertyValues("acme.mail-token=" + KEY,
						"cocoonmail.api-key=${acme.mail-token}");
			}

		},

		ENVIRONMENT_VARIABLE {

			@Override
			ApplicationContextRunner apply(ApplicationContextRunner contextRunner) {
				return contextRunner.withInitializer((context) -> context.getEnvironment()
					.getPropertySources()
					.addFirst(new SystemEnvironmentPropertySource(
							StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.<String, Object>of("COCOONMAIL_API_KEY", KEY))));
			}

		};

		abstract ApplicationContextRunner apply(ApplicationContextRunner contextRunner);

	}

	@Configuration(proxyBeanMethods = false)
	static class WiretapConnectorConfiguration {

		@Bean
		ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> wiretapConnectorCustomizer() {
			return (builder) -> builder.withHttpClientCustomizer(CocoonmailSecretsTests::wiretap);
		}

	}

}
