package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailAuthScheme;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailPaths;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.InsecureBaseUrlException;
import com.cocoonmail.spring.client.RateLimitingRequestPacer;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.mock;

/**
 * Tests for {@link CocoonmailAutoConfiguration}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailAutoConfigurationTests {

	private static final String KEY = "test-api-key";

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class));

	private final ApplicationContextRunner webContextRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void withoutApiKeyCreatesNoBeans() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailOperations.class)
			.doesNotHaveBean(CocoonmailProperties.class));
	}

	@Test
	void withBlankApiKeyCreatesNoBeans() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key= ")
			.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailOperations.class));
	}

	@Test
	void withApiKeyCreatesClientWithDefaults() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY).run((context) -> {
			assertThat(context).hasSingleBean(CocoonmailClient.class)
				.hasSingleBean(PropertiesCocoonmailConnectionDetails.class)
				.hasSingleBean(RateLimitingRequestPacer.class);
			CocoonmailProperties properties = context.getBean(CocoonmailProperties.class);
			assertThat(properties.getBaseUrl()).isEqualTo("https://webhook.cocoonmail.com");
			assertThat(properties.getAuthScheme()).isEqualTo(CocoonmailAuthScheme.BEARER);
			assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.getRateLimit().isEnabled()).isTrue();
			assertThat(properties.getRateLimit().getRequestsPerSecond()).isEqualTo(10);
			assertThat(properties.getRateLimit().getTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(4);
			assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(500));
			assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.getRetry().isNonIdempotent()).isFalse();
			assertThat(properties.getHealth().getCacheTimeToLive()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.getEvents().isEnabled()).isTrue();
			assertThat(properties.getEvents().getQueueCapacity()).isEqualTo(10000);
			assertThat(properties.getEvents().getShutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.getPaths().toPaths()).isEqualTo(CocoonmailPaths.defaults());
			assertThat(context.getBean(CocoonmailClient.class).getBaseUrl())
				.isEqualTo("https://webhook.cocoonmail.com");
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=http://127.0.0.1:9",
					"cocoonmail.auth-scheme=header", "cocoonmail.connect-timeout=2s", "cocoonmail.read-timeout=7s",
					"cocoonmail.rate-limit.enabled=false", "cocoonmail.rate-limit.requests-per-second=5",
					"cocoonmail.rate-limit.timeout=3s", "cocoonmail.retry.max-attempts=2",
					"cocoonmail.retry.initial-backoff=100ms", "cocoonmail.retry.max-backoff=1s",
					"cocoonmail.retry.non-idempotent=true", "cocoonmail.health.cache-time-to-live=10s",
					"cocoonmail.events.enabled=false", "cocoonmail.events.queue-capacity=50",
					"cocoonmail.events.shutdown-timeout=4s", "cocoonmail.paths.create-contact=/c/create",
					"cocoonmail.paths.update-contact=/c/update", "cocoonmail.paths.find-contacts=/c/find",
					"cocoonmail.paths.delete-contact=/c/delete", "cocoonmail.paths.list-contacts=/c/list",
					"cocoonmail.paths.list-mailing-lists=/l/list", "cocoonmail.paths.list-custom-fields=/f/list")
			.run((context) -> {
				CocoonmailProperties properties = context.getBean(CocoonmailProperties.class);
				assertThat(properties.getApiKey()).isEqualTo(KEY);
				assertThat(properties.getBaseUrl()).isEqualTo("http://127.0.0.1:9");
				assertThat(properties.getAuthScheme()).isEqualTo(CocoonmailAuthScheme.HEADER);
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(properties.getRateLimit().isEnabled()).isFalse();
				assertThat(properties.getRateLimit().getRequestsPerSecond()).isEqualTo(5);
				assertThat(properties.getRateLimit().getTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(2);
				assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(100));
				assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(1));
				assertThat(properties.getRetry().isNonIdempotent()).isTrue();
				assertThat(properties.getHealth().getCacheTimeToLive()).isEqualTo(Duration.ofSeconds(10));
				assertThat(properties.getEvents().isEnabled()).isFalse();
				assertThat(properties.getEvents().getQueueCapacity()).isEqualTo(50);
				assertThat(properties.getEvents().getShutdownTimeout()).isEqualTo(Duration.ofSeconds(4));
				assertThat(properties.getPaths().toPaths()).isEqualTo(new CocoonmailPaths("/c/create", "/c/update",
						"/c/find", "/c/delete", "/c/list", "/l/list", "/f/list"));
				assertThat(context.getBean(CocoonmailRequestPacer.class)).isSameAs(CocoonmailRequestPacer.unpaced());
			});
	}

	@Test
	void configuredClientSendsToBaseUrlWithConfiguredSchemeAndPaths() {
		this.cocoonmail.respond(200, "[]");
		this.webContextRunner
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=" + this.cocoonmail.baseUrl(),
					"cocoonmail.auth-scheme=header", "cocoonmail.paths.list-mailing-lists=/custom/lists")
			.run((context) -> {
				context.getBean(CocoonmailOperations.class)
					.listMailingLists()
					.collectList()
					.block(Duration.ofSeconds(10));
				RecordedRequest request = this.cocoonmail.takeRequest();
				assertThat(request.getUrl().encodedPath()).isEqualTo("/custom/lists");
				assertThat(request.getHeaders().get(CocoonmailAuthScheme.API_KEY_HEADER)).isEqualTo(KEY);
				assertThat(request.getHeaders().get("Authorization")).isNull();
			});
	}

	@Test
	void backsOffForUserDefinedOperations() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY)
			.withUserConfiguration(UserOperationsConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(CocoonmailOperations.class)
				.doesNotHaveBean(CocoonmailClient.class)
				.hasBean("userOperations"));
	}

	@Test
	void appliesWebClientCustomizers() {
		this.cocoonmail.respond(200, "{\"success\":true}");
		this.webContextRunner
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=" + this.cocoonmail.baseUrl())
			.withBean(CocoonmailWebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
			.run((context) -> {
				context.getBean(CocoonmailOperations.class).validateApiKey().block(Duration.ofSeconds(10));
				assertThat(this.cocoonmail.takeRequest().getHeaders().get("X-Customized")).isEqualTo("yes");
			});
	}

	@Test
	void usesUserDefinedConnectionDetails() {
		this.cocoonmail.respond(200, "{\"success\":true}");
		String baseUrl = this.cocoonmail.baseUrl();
		this.webContextRunner.withPropertyValues("cocoonmail.api-key=property-key")
			.withBean(CocoonmailConnectionDetails.class, () -> new CocoonmailConnectionDetails() {

				@Override
				public String getBaseUrl() {
					return baseUrl;
				}

				@Override
				public String getApiKey() {
					return "details-key";
				}

			})
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesCocoonmailConnectionDetails.class);
				context.getBean(CocoonmailOperations.class).validateApiKey().block(Duration.ofSeconds(10));
				assertThat(this.cocoonmail.takeRequest().getHeaders().get("Authorization"))
					.isEqualTo("Bearer details-key");
			});
	}

	@Test
	void backsOffForUserDefinedPacer() {
		CocoonmailRequestPacer pacer = mock(CocoonmailRequestPacer.class);
		this.contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY)
			.withBean(CocoonmailRequestPacer.class, () -> pacer)
			.run((context) -> assertThat(context.getBean(CocoonmailRequestPacer.class)).isSameAs(pacer));
	}

	@Test
	void withoutHttpClientSupportCreatesNoBeans() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY)
			.withClassLoader(new FilteredClassLoader(ClientHttpConnectorBuilder.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CocoonmailOperations.class));
	}

	@Test
	void invalidPropertyFailsStartup() {
		this.contextRunner
			.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.rate-limit.requests-per-second=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCocoonmailPropertyException.class)
				.hasMessageContaining("cocoonmail.rate-limit.requests-per-second"));
	}

	@Test
	void insecureBaseUrlFailsStartup() {
		this.contextRunner.withPropertyValues("cocoonmail.api-key=" + KEY, "cocoonmail.base-url=http://example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InsecureBaseUrlException.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserOperationsConfiguration {

		@Bean
		CocoonmailOperations userOperations() {
			CocoonmailOperations operations = mock(CocoonmailOperations.class);
			given(operations.validateApiKey()).willReturn(Mono.empty());
			return operations;
		}

	}

}
