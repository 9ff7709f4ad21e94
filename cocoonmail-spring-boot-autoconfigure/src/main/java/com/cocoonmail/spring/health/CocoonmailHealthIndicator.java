package com.cocoonmail.spring.health;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.cocoonmail.spring.client.CocoonmailApiException;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.RateLimitState;
import com.cocoonmail.spring.client.model.ApiKeyValidation;
import com.cocoonmail.spring.ratelimit.CocoonmailRateLimitStoreException;
import com.cocoonmail.spring.ratelimit.SharedBudgetState;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports Cocoonmail's state from an API-key validation, reused for a time-to-live so
 * that health probes cost at most one request per period: {@code DOWN} on 401 or 403 (a
 * blocked key is not probed again until the result expires), {@code UNKNOWN} on 429, 5xx
 * or a timeout, {@code UP} otherwise. Details never contain the key.
 * <p>
 * With a budget shared through a store, a {@code sharedBudget} detail, read afresh on
 * every check, tells whether permits come from the store ({@code shared}) or, since
 * {@code lostSince}, from the {@code on-store-failure} behaviour: {@code local-share}
 * keeps the status, {@code fail} reports {@code DOWN} because every call fails.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailHealthIndicator extends AbstractReactiveHealthIndicator {

	private final CocoonmailOperations operations;

	private final Supplier<RateLimitState> rateLimitState;

	private final Supplier<@Nullable SharedBudgetState> sharedBudgetState;

	private final String host;

	private final Mono<Health> cachedHealth;

	/**
	 * Create an indicator that shows the client's last rate-limit state.
	 * @param client the client to probe
	 * @param baseUrl the base URL, whose host is shown in the details
	 * @param timeToLive how long a result is reused
	 * @param probeTimeout longest wait for the validation response
	 */
	public CocoonmailHealthIndicator(CocoonmailClient client, String baseUrl, Duration timeToLive,
			Duration probeTimeout) {
		this(client, client::rateLimitState, baseUrl, timeToLive, probeTimeout);
	}

	/**
	 * Create an indicator without rate-limit details.
	 * @param operations the client to probe
	 * @param baseUrl the base URL, whose host is shown in the details
	 * @param timeToLive how long a result is reused
	 * @param probeTimeout longest wait for the validation response
	 */
	public CocoonmailHealthIndicator(CocoonmailOperations operations, String baseUrl, Duration timeToLive,
			Duration probeTimeout) {
		this(operations, () -> RateLimitState.UNKNOWN, baseUrl, timeToLive, probeTimeout);
	}

	/**
	 * Create an indicator.
	 * @param operations the client to probe
	 * @param rateLimitState what Cocoonmail last said about the rate limit, shown in the
	 * details
	 * @param baseUrl the base URL, whose host is shown in the details
	 * @param timeToLive how long a result is reused
	 * @param probeTimeout longest wait for the validation response
	 * @since 0.2.0
	 */
	public CocoonmailHealthIndicator(CocoonmailOperations operations, Supplier<RateLimitState> rateLimitState,
			String baseUrl, Duration timeToLive, Duration probeTimeout) {
		this(operations, rateLimitState, () -> null, baseUrl, timeToLive, probeTimeout);
	}

	/**
	 * Create an indicator that also shows where the permits of a shared budget come from.
	 * @param operations the client to probe
	 * @param rateLimitState what Cocoonmail last said about the rate limit, shown in the
	 * details
	 * @param sharedBudgetState the shared budget's state, or {@code null} when the budget
	 * is local
	 * @param baseUrl the base URL, whose host is shown in the details
	 * @param timeToLive how long a result is reused
	 * @param probeTimeout longest wait for the validation response
	 * @since 0.2.0
	 * @see com.cocoonmail.spring.ratelimit.SharedBudgetPacer#state()
	 */
	public CocoonmailHealthIndicator(CocoonmailOperations operations, Supplier<RateLimitState> rateLimitState,
			Supplier<@Nullable SharedBudgetState> sharedBudgetState, String baseUrl, Duration timeToLive,
			Duration probeTimeout) {
		super("Cocoonmail health check failed");
		this.operations = operations;
		this.rateLimitState = rateLimitState;
		this.sharedBudgetState = sharedBudgetState;
		this.host = URI.create(baseUrl).getHost();
		this.cachedHealth = Mono.defer(() -> probe(probeTimeout))
			.cache((health) -> timeToLive, (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.cachedHealth
			.onErrorResume(CocoonmailRateLimitStoreException.class,
					(ex) -> Mono.just(withDetails(Health.unknown()).withDetail("error", messageOf(ex)).build()))
			.map((health) -> SharedBudgetHealth.apply(health, this.sharedBudgetState.get()));
	}

	private Mono<Health> probe(Duration probeTimeout) {
		// A shared-budget store that cannot be reached says nothing about Cocoonmail:
		// that failure is not reused, so that the next check probes again.
		return this.operations.validateApiKey()
			.timeout(probeTimeout)
			.map(this::up)
			.onErrorResume((ex) -> !(ex instanceof CocoonmailRateLimitStoreException),
					(ex) -> Mono.just(fromFailure(ex)));
	}

	private Health up(ApiKeyValidation validation) {
		Health.Builder builder = withDetails(Health.up());
		if (validation.workspaceName() != null) {
			builder.withDetail("workspace", validation.workspaceName());
		}
		return builder.build();
	}

	private Health fromFailure(Throwable ex) {
		if (ex instanceof CocoonmailApiException api) {
			Health.Builder builder = switch (api.reason()) {
				case UNAUTHORIZED, TEMPORARILY_BLOCKED -> Health.down();
				default -> Health.unknown();
			};
			return withDetails(builder).withDetail("status", api.statusCode())
				.withDetail("reason", api.reason())
				.withDetail("error", messageOf(api))
				.build();
		}
		String error = (ex instanceof TimeoutException) ? "No answer from Cocoonmail in time"
				: (ex instanceof CocoonmailException) ? messageOf(ex) : ex.getClass().getSimpleName();
		return withDetails(Health.unknown()).withDetail("error", error).build();
	}

	private static String messageOf(Throwable ex) {
		return Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
	}

	private Health.Builder withDetails(Health.Builder builder) {
		builder.withDetail("host", this.host);
		RateLimitState state = this.rateLimitState.get();
		if (state.remaining() != null) {
			builder.withDetail("rateLimitRemaining", state.remaining());
		}
		if (!state.quotas().isEmpty()) {
			builder.withDetail("quotas", state.quotas());
		}
		return builder;
	}

}
