package com.cocoonmail.spring.ratelimit;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRateLimitException;
import com.cocoonmail.spring.client.CocoonmailRequestPacer;
import com.cocoonmail.spring.client.RateLimitingRequestPacer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Paces requests under one budget shared by every instance that uses the same
 * {@link BudgetStore} and key: together they send at most {@code requestsPerSecond}
 * requests in any sliding window of {@link #WINDOW}, one second plus a margin for the
 * time between a permit and the request's arrival. Until its answer comes, a permit holds
 * its place in the window; the answer sets it to the latest moment the request can have
 * arrived. A 429 pauses every instance through the store.
 * <p>
 * When the store cannot be reached, calls either fail with
 * {@link CocoonmailRateLimitStoreException} or, with {@link OnStoreFailure#LOCAL_SHARE},
 * are paced locally at {@code requestsPerSecond / instances}, starting one window after
 * the failure (the store may have granted a full window just before). Every
 * {@link #PROBE_INTERVAL} one call probes the store; the first instance back pauses the
 * store for a probe interval and a window, so that every instance has stopped its local
 * sends, and they have left the window, before the store grants again.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class SharedBudgetPacer implements CocoonmailRequestPacer {

	/**
	 * The window every store counts in: one second and the jitter margin of the local
	 * pacer.
	 */
	public static final Duration WINDOW = Duration.ofSeconds(1).plus(RateLimitingRequestPacer.DEFAULT_JITTER_MARGIN);

	/**
	 * Longest wait for the store's answer before it counts as unreachable, unless the
	 * builder says otherwise.
	 */
	public static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How often an instance that lost its store tries it again.
	 */
	public static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

	private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(SharedBudgetPacer.class);

	private final BudgetStore store;

	private final long timeoutNanos;

	private final Duration timeout;

	private final Duration storeTimeout;

	private final OnStoreFailure onStoreFailure;

	private final RateLimitingRequestPacer fallback;

	private final int fallbackRate;

	private final CocoonmailPacingListener pacingListener;

	private final SharedBudgetListener budgetListener;

	private final Duration permitInterval;

	private final PermitQueue queue;

	private final StoreFailover failover = new StoreFailover(PROBE_INTERVAL);

	private final ArrivalEstimate arrivals;

	private volatile String lastFailure = "none";

	private SharedBudgetPacer(Builder builder) {
		this.store = builder.store;
		this.timeout = builder.timeout;
		this.timeoutNanos = builder.timeout.toNanos();
		this.storeTimeout = builder.storeTimeout;
		this.onStoreFailure = builder.onStoreFailure;
		this.pacingListener = builder.pacingListener;
		this.budgetListener = builder.budgetListener;
		this.fallbackRate = builder.requestsPerSecond / builder.instances;
		this.fallback = new RateLimitingRequestPacer("cocoonmail-fallback", this.fallbackRate, builder.timeout,
				new FallbackListener(builder.pacingListener));
		this.permitInterval = Duration.ofSeconds(1).dividedBy(builder.requestsPerSecond);
		this.queue = new PermitQueue(() -> this.store.acquire().timeout(this.storeTimeout), this::denied);
		this.arrivals = new ArrivalEstimate(builder.requestsPerSecond,
				RateLimitingRequestPacer.DEFAULT_JITTER_MARGIN.toNanos());
	}

	/**
	 * Start building a pacer.
	 * @param store where the budget is kept
	 * @param requestsPerSecond the most requests all instances together send in any
	 * sliding second
	 * @return the builder
	 */
	public static Builder builder(BudgetStore store, int requestsPerSecond) {
		return new Builder(store, requestsPerSecond);
	}

	@Override
	public <T> Mono<T> pace(Mono<T> attempt) {
		return Mono.defer(() -> route(attempt, System.nanoTime()));
	}

	private <T> Mono<T> route(Mono<T> attempt, long start) {
		return route(this.failover.route(System.nanoTime()), attempt, start);
	}

	private <T> Mono<T> route(StoreFailover.Route route, Mono<T> attempt, long start) {
		return switch (route) {
			case STORE -> viaStore(attempt, start);
			case PROBE -> probe().then(Mono.defer(() -> route(attempt, start)));
			case FALLBACK -> viaFallback(attempt, start);
		};
	}

	private <T> Mono<T> viaStore(Mono<T> attempt, long start) {
		return this.queue.take(start + this.timeoutNanos).flatMap((grant) -> {
			this.pacingListener.permitGranted(Duration.ofNanos(System.nanoTime() - start));
			long sentAt = System.nanoTime();
			return attempt.doFinally((signal) -> answered(grant, sentAt));
		}).onErrorResume(StoreUnreachableException.class, (ex) -> {
			lost(ex.failure());
			return route(attempt, start);
		});
	}

	private void answered(Grant grant, long sentAt) {
		long latestArrival = this.arrivals.latestArrival(grant.requestedAtNanos(), sentAt, System.nanoTime());
		this.store.correct(grant.permit(), Duration.ofNanos(latestArrival))
			.timeout(this.storeTimeout)
			.subscribe(null, (ex) -> logger.debug("Could not correct a permit's time in the shared store"));
	}

	private <T> Mono<T> viaFallback(Mono<T> attempt, long start) {
		if (this.onStoreFailure == OnStoreFailure.FAIL) {
			return Mono.error(new CocoonmailRateLimitStoreException(this.store.name(), this.lastFailure));
		}
		return this.fallback.pace(Mono.defer(() -> {
			StoreFailover.Route route = this.failover.route(System.nanoTime());
			if (route != StoreFailover.Route.FALLBACK) {
				return route(route, attempt, start);
			}
			this.budgetListener.fallbackPermit(this.store.name());
			this.pacingListener.permitGranted(Duration.ofNanos(System.nanoTime() - start));
			return attempt;
		}));
	}

	private Mono<Void> probe() {
		Duration pause = (this.onStoreFailure == OnStoreFailure.LOCAL_SHARE) ? PROBE_INTERVAL.plus(WINDOW)
				: Duration.ZERO;
		return this.store.pause(pause)
			.timeout(this.storeTimeout)
			.doOnSuccess((done) -> recovered())
			.onErrorResume((ex) -> {
				lost(ex.getClass().getSimpleName());
				return Mono.empty();
			});
	}

	private void lost(String failure) {
		this.lastFailure = failure;
		if (this.failover.lost(System.nanoTime())) {
			logger.warn("The shared rate-limit store (" + this.store.name() + ") cannot be reached (" + failure + "); "
					+ ((this.onStoreFailure == OnStoreFailure.LOCAL_SHARE)
							? "pacing locally at " + this.fallbackRate + " requests per second until it answers again"
							: "failing calls until it answers again"));
			this.budgetListener.storeLost(this.store.name());
			this.fallback.onAnswer(429, null, WINDOW);
		}
	}

	private void recovered() {
		Duration down = this.failover.recovered(System.nanoTime());
		if (down != null) {
			logger.info("The shared rate-limit store (" + this.store.name() + ") answers again after " + down
					+ "; permits come from it again");
			this.budgetListener.storeRecovered(this.store.name(), down);
		}
	}

	private CocoonmailRateLimitException denied() {
		return CocoonmailRateLimitException.permitTimeout(this.timeout);
	}

	@Override
	public void onAnswer(int statusCode, @Nullable Integer remaining, @Nullable Duration retryAfter) {
		if (statusCode == 429) {
			Duration pause = (retryAfter != null) ? retryAfter : DEFAULT_PAUSE;
			this.pacingListener.rateLimited(pause, retryAfter);
			pauseEveryone(pause);
		}
		else if (remaining != null && remaining <= 0) {
			pauseEveryone(this.permitInterval);
		}
	}

	private void pauseEveryone(Duration pause) {
		this.fallback.onAnswer(429, null, pause);
		if (!this.failover.isLost()) {
			this.store.pause(pause)
				.timeout(this.storeTimeout)
				.subscribe(null, (ex) -> lost(ex.getClass().getSimpleName()));
		}
	}

	/**
	 * Return where permits come from right now.
	 * @return the state
	 */
	public SharedBudgetState state() {
		return new SharedBudgetState(this.store.name(), this.onStoreFailure, this.failover.lostAt());
	}

	/**
	 * Builds a {@link SharedBudgetPacer}.
	 */
	public static final class Builder {

		private final BudgetStore store;

		private final int requestsPerSecond;

		private Duration timeout = Duration.ofSeconds(30);

		private int instances = 1;

		private Duration storeTimeout = STORE_TIMEOUT;

		private OnStoreFailure onStoreFailure = OnStoreFailure.LOCAL_SHARE;

		private CocoonmailPacingListener pacingListener = CocoonmailPacingListener.NONE;

		private SharedBudgetListener budgetListener = SharedBudgetListener.NONE;

		private Builder(BudgetStore store, int requestsPerSecond) {
			Assert.isTrue(requestsPerSecond > 0, "requestsPerSecond must be positive");
			this.store = store;
			this.requestsPerSecond = requestsPerSecond;
		}

		/**
		 * Set the longest wait for a permit.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Assert.isTrue(!timeout.isNegative(), "timeout must not be negative");
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set how many instances share the budget, for
		 * {@link OnStoreFailure#LOCAL_SHARE}.
		 * @param instances the number of instances, at most {@code requestsPerSecond}
		 * @return this builder
		 */
		public Builder instances(int instances) {
			Assert.isTrue(instances > 0 && instances <= this.requestsPerSecond,
					"instances must be between 1 and requestsPerSecond");
			this.instances = instances;
			return this;
		}

		/**
		 * Set the longest wait for the store's answer before it counts as unreachable.
		 * @param storeTimeout the timeout
		 * @return this builder
		 */
		public Builder storeTimeout(Duration storeTimeout) {
			Assert.isTrue(storeTimeout.toNanos() > 0, "storeTimeout must be positive");
			this.storeTimeout = storeTimeout;
			return this;
		}

		/**
		 * Set what to do while the store cannot be reached.
		 * @param onStoreFailure the behaviour
		 * @return this builder
		 */
		public Builder onStoreFailure(OnStoreFailure onStoreFailure) {
			this.onStoreFailure = onStoreFailure;
			return this;
		}

		/**
		 * Set the listener told of every permit and pause.
		 * @param pacingListener the listener
		 * @return this builder
		 */
		public Builder pacingListener(CocoonmailPacingListener pacingListener) {
			this.pacingListener = pacingListener;
			return this;
		}

		/**
		 * Set the listener told when the store is lost and regained.
		 * @param budgetListener the listener
		 * @return this builder
		 */
		public Builder budgetListener(SharedBudgetListener budgetListener) {
			this.budgetListener = budgetListener;
			return this;
		}

		/**
		 * Build the pacer.
		 * @return the pacer
		 */
		public SharedBudgetPacer build() {
			return new SharedBudgetPacer(this);
		}

	}

}
