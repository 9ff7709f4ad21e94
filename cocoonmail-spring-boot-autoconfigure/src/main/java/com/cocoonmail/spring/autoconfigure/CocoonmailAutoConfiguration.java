package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.client.CocoonmailSendListener;
import com.cocoonmail.spring.client.RateLimitingRequestPacer;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cocoonmail client, switched
 * on by {@code cocoonmail.api-key}.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"io.github.resilience4j.springboot3.ratelimiter.autoconfigure.RateLimiterAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ClientHttpConnectorBuilder.class })
@Conditional(OnCocoonmailApiKeyCondition.class)
@EnableConfigurationProperties(CocoonmailProperties.class)
@Import({ CocoonmailMetricsConfiguration.class, CocoonmailSanitizingConfiguration.class })
public final class CocoonmailAutoConfiguration {

	CocoonmailAutoConfiguration(CocoonmailProperties properties) {
		CocoonmailPropertiesValidator.validate(properties);
	}

	@Bean
	@ConditionalOnMissingBean(CocoonmailConnectionDetails.class)
	PropertiesCocoonmailConnectionDetails cocoonmailConnectionDetails(CocoonmailProperties properties) {
		return new PropertiesCocoonmailConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	RateLimiterRegistry rateLimiterRegistry() {
		return RateLimiterRegistry.ofDefaults();
	}

	@Bean
	@ConditionalOnMissingBean
	CocoonmailRequestPacer cocoonmailRequestPacer(CocoonmailProperties properties,
			ObjectProvider<RateLimiterRegistry> registry, ObjectProvider<CocoonmailPacingListener> listener) {
		CocoonmailProperties.RateLimit rateLimit = properties.getRateLimit();
		if (!rateLimit.isEnabled()) {
			return CocoonmailRequestPacer.unpaced();
		}
		return new RateLimitingRequestPacer(registry.getIfAvailable(RateLimiterRegistry::ofDefaults), "cocoonmail",
				rateLimit.getRequestsPerSecond(), rateLimit.getTimeout(),
				RateLimitingRequestPacer.DEFAULT_JITTER_MARGIN,
				listener.getIfAvailable(() -> CocoonmailPacingListener.NONE));
	}

	@Bean
	@ConditionalOnMissingBean(CocoonmailOperations.class)
	CocoonmailClient cocoonmailClient(CocoonmailProperties properties, CocoonmailConnectionDetails connectionDetails,
			CocoonmailRequestPacer pacer, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<CocoonmailWebClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<CocoonmailSendListener> sendListener) {
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder);
		// The read timeout is enforced once, by the connector on its event loop (no
		// timer per call on another scheduler).
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.getConnectTimeout(), properties.getReadTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		builder.clientConnector(SecretSafeConnectors
			.build(connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect), settings));
		CocoonmailProperties.Retry retry = properties.getRetry();
		CocoonmailClient client = CocoonmailClient.builder()
			.webClientBuilder(builder)
			.baseUrl(connectionDetails.getBaseUrl())
			.apiKey(connectionDetails.getApiKey())
			.authScheme(properties.getAuthScheme())
			.paths(properties.getPaths().toPaths())
			.retryPolicy(new CocoonmailRetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(),
					retry.getMaxBackoff(), retry.isNonIdempotent()))
			.pacer(pacer)
			.rateLimitTimeout(properties.getRateLimit().getTimeout())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.sendListener(sendListener.getIfAvailable(() -> CocoonmailSendListener.NONE))
			.build();
		CocoonmailStartupReport.log(connectionDetails.getBaseUrl(), properties);
		return client;
	}

}
