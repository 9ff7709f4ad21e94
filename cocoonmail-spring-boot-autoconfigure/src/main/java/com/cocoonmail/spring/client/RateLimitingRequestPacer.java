package com.cocoonmail.spring.client;

import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Paces requests under Cocoonmail's per-team limit, in this JVM. A Resilience4j
 * {@link RateLimiter}, taken from a {@link RateLimiterRegistry} so that Resilience4j's
 * own metrics and actuator endpoints see it, hands out one permit every
 * {@code 1s / requestsPerSecond}, spreading requests evenly; because its fixed cycles can
 * still let {@code requestsPerSecond + 1} through in one sliding second, a
 * {@link SlidingWindow} of the last {@code requestsPerSecond} send times (plus a small
 * margin for network jitter) holds back the rare request that would exceed the limit.
 * <p>
 * Callers wait their turn in a first-come, first-served {@link DepartureQueue}, so under
 * saturation each waits about {@code callers / requestsPerSecond} and none is starved.
 * Nothing is reserved ahead: only the head of the queue asks for its permit, when it
 * wants to leave, so a caller that gives up never holds back the callers after it
 * (Resilience4j's own reactive operator loses a reserved permit on cancel, resilience4j
 * issue 314). The timeout is enforced in {@link #pace} alone: a caller that would wait
 * past it fails at once with {@link CocoonmailRateLimitException} and is never sent. A
 * 429 pauses every caller for its {@code Retry-After} (one second when absent), and an
 * {@code x-ratelimit-remaining} of zero pauses them for one permit interval.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public final class RateLimitingRequestPacer implements CocoonmailRequestPacer {

	/**
	 * Added to the one-second window so that jitter between sending and arrival cannot
	 * squeeze one request too many into the server's window.
	 */
	public static final Duration DEFAULT_JITTER_MARGIN = Duration.ofMillis(30);

	private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

	private final RateLimiter rateLimiter;

	private final SlidingWindow window;

	private final DepartureQueue queue;

	private final Duration timeout;

	private final long permitIntervalNanos;

	private final CocoonmailPacingListener listener;

	/**
	 * Create a pacer with a rate limiter of its own registry.
	 * @param name the name of the Resilience4j rate limiter
	 * @param requestsPerSecond the most requests in any sliding second
	 * @param timeout the longest wait for a permit
	 * @param listener told of every permit and pause
	 */
	public RateLimitingRequestPacer(String name, int requestsPerSecond, Duration timeout,
			CocoonmailPacingListener listener) {
		this(RateLimiterRegistry.ofDefaults(), name, requestsPerSecond, timeout, DEFAULT_JITTER_MARGIN, listener);
	}

	/**
	 * Create a pacer.
	 * @param registry the registry the rate limiter is taken from (and registered in)
	 * @param name the name of the Resilience4j rate limiter
	 * @param requestsPerSecond the most requests in any sliding second
	 * @param timeout the longest wait for a permit
	 * @param jitterMargin added to the one-second window against network jitter
	 * @param listener told of every permit and pause
	 * @since 0.2.0
	 */
	public RateLimitingRequestPacer(RateLimiterRegistry registry, String name, int requestsPerSecond, Duration timeout,
			Duration jitterMargin, CocoonmailPacingListener listener) {
		Assert.isTrue(requestsPerSecond > 0, "requestsPerSecond must be positive");
		Assert.isTrue(!timeout.isNegative(), "timeout must not be negative");
		this.permitIntervalNanos = Duration.ofSeconds(1).toNanos() / requestsPerSecond;
		this.rateLimiter = registry.rateLimiter(name,
				RateLimiterConfig.custom()
					.limitForPeriod(1)
					.limitRefreshPeriod(Duration.ofNanos(this.permitIntervalNanos))
					.timeoutDuration(Duration.ZERO)
					.build());
		this.window = new SlidingWindow(requestsPerSecond, Duration.ofSeconds(1).plus(jitterMargin).toNanos(),
				System.nanoTime());
		this.queue = new DepartureQueue(this::tryDepart);
		this.timeout = timeout;
		this.listener = listener;
	}

	@Override
	public <T> Mono<T> pace(Mono<T> attempt) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return this.queue.acquire(start + this.timeout.toNanos(), () -> denied(start)).flatMap((ticket) -> {
				long departedAt = System.nanoTime();
				this.listener.permitGranted(Duration.ofNanos(departedAt - start));
				return attempt.doFinally((signal) -> this.window.answered(ticket, departedAt, System.nanoTime()));
			});
		});
	}

	private long tryDepart(long now) {
		long ticket = this.window.tryDepart(now, this.rateLimiter::acquirePermission);
		return (ticket == SlidingWindow.PERMIT_REFUSED) ? -nanosToNextPermit() : ticket;
	}

	/**
	 * Return how long until the rate limiter's next cycle. Its timeout is zero, so a
	 * refused {@code acquirePermission()} neither blocks nor reserves anything.
	 * @return the wait in nanoseconds
	 */
	private long nanosToNextPermit() {
		if (this.rateLimiter instanceof AtomicRateLimiter atomic) {
			return Math.max(atomic.getDetailedMetrics().getNanosToWait(), 1);
		}
		return this.permitIntervalNanos / 4;
	}

	private CocoonmailRateLimitException denied(long start) {
		this.listener.permitDenied(Duration.ofNanos(System.nanoTime() - start));
		return CocoonmailRateLimitException.permitTimeout(this.timeout);
	}

	@Override
	public void onAnswer(int statusCode, @Nullable Integer remaining, @Nullable Duration retryAfter) {
		if (statusCode == 429) {
			Duration pause = (retryAfter != null) ? retryAfter : DEFAULT_PAUSE;
			this.window.pauseUntil(System.nanoTime() + saturatedNanos(pause));
			this.listener.rateLimited(pause, retryAfter);
		}
		else if (remaining != null && remaining <= 0) {
			this.window.pauseUntil(System.nanoTime() + this.permitIntervalNanos);
		}
	}

	private static long saturatedNanos(Duration duration) {
		return (duration.toSeconds() >= Long.MAX_VALUE / 4_000_000_000L) ? Long.MAX_VALUE / 4 : duration.toNanos();
	}

	/**
	 * Return the underlying Resilience4j rate limiter, for its metrics and events.
	 * @return the rate limiter
	 */
	public RateLimiter getRateLimiter() {
		return this.rateLimiter;
	}

}
