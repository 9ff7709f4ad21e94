package com.cocoonmail.spring.client;

import java.time.Duration;

import com.cocoonmail.spring.client.SlidingWindow.Reservation;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Paces requests under Cocoonmail's per-team limit. A Resilience4j {@link RateLimiter}
 * hands out one permit every {@code 1s / requestsPerSecond}, spreading requests evenly;
 * because its fixed cycles can still let {@code requestsPerSecond + 1} through in one
 * sliding second, a {@link SlidingWindow} of the last {@code requestsPerSecond} send
 * times (plus a small margin for network jitter) holds back the rare request that would
 * exceed the limit. A 429 pauses every caller for its {@code Retry-After} (one second
 * when absent), and an {@code x-ratelimit-remaining} of zero pauses them for one permit
 * interval. A caller that waits longer than {@code timeout} in all fails with
 * {@link CocoonmailRateLimitException} and is never sent.
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

	private final Duration timeout;

	private final long permitIntervalNanos;

	private final CocoonmailPacingListener listener;

	/**
	 * Create a pacer.
	 * @param name the name of the Resilience4j rate limiter
	 * @param requestsPerSecond the most requests in any sliding second
	 * @param timeout the longest wait for a permit
	 * @param listener told of every permit and pause
	 */
	public RateLimitingRequestPacer(String name, int requestsPerSecond, Duration timeout,
			CocoonmailPacingListener listener) {
		this(name, requestsPerSecond, timeout, DEFAULT_JITTER_MARGIN, listener);
	}

	/**
	 * Create a pacer.
	 * @param name the name of the Resilience4j rate limiter
	 * @param requestsPerSecond the most requests in any sliding second
	 * @param timeout the longest wait for a permit
	 * @param jitterMargin added to the one-second window against network jitter
	 * @param listener told of every permit and pause
	 */
	public RateLimitingRequestPacer(String name, int requestsPerSecond, Duration timeout, Duration jitterMargin,
			CocoonmailPacingListener listener) {
		Assert.isTrue(requestsPerSecond > 0, "requestsPerSecond must be positive");
		Assert.isTrue(!timeout.isNegative(), "timeout must not be negative");
		this.permitIntervalNanos = Duration.ofSeconds(1).toNanos() / requestsPerSecond;
		this.rateLimiter = RateLimiter.of(name,
				RateLimiterConfig.custom()
					.limitForPeriod(1)
					.limitRefreshPeriod(Duration.ofNanos(this.permitIntervalNanos))
					.timeoutDuration(timeout)
					.build());
		this.window = new SlidingWindow(requestsPerSecond, Duration.ofSeconds(1).plus(jitterMargin).toNanos(),
				System.nanoTime());
		this.timeout = timeout;
		this.listener = listener;
	}

	@Override
	public <T> Mono<T> pace(Mono<T> attempt) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return Mono.defer(() -> holdForWindow(start))
				.transformDeferred(RateLimiterOperator.of(this.rateLimiter))
				.onErrorMap(RequestNotPermitted.class, (ex) -> denied(start))
				.flatMap((reservation) -> {
					this.listener.permitGranted(Duration.ofNanos(System.nanoTime() - start));
					return attempt.doFinally((signal) -> this.window.answered(reservation, System.nanoTime()));
				});
		});
	}

	private Mono<Reservation> holdForWindow(long start) {
		long now = System.nanoTime();
		Reservation reservation = this.window.reserve(now, this.timeout.toNanos() - (now - start));
		if (reservation == null) {
			return Mono.error(denied(start));
		}
		return (reservation.waitNanos() == 0) ? confirmed(reservation, start)
				: Mono.delay(Duration.ofNanos(reservation.waitNanos())).then(confirmed(reservation, start));
	}

	private Mono<Reservation> confirmed(Reservation reservation, long start) {
		return Mono.defer(() -> {
			long now = System.nanoTime();
			long wait = this.window.confirm(reservation, now);
			if (wait == 0) {
				return Mono.just(reservation);
			}
			if (now + wait - start > this.timeout.toNanos()) {
				return Mono.error(denied(start));
			}
			return Mono.delay(Duration.ofNanos(wait)).then(confirmed(reservation, start));
		});
	}

	private CocoonmailRateLimitException denied(long start) {
		this.listener.permitDenied(Duration.ofNanos(System.nanoTime() - start));
		return CocoonmailRateLimitException.permitTimeout(this.timeout);
	}

	@Override
	public void onAnswer(int statusCode, @Nullable Integer remaining, @Nullable Duration retryAfter) {
		if (statusCode == 429) {
			Duration pause = (retryAfter != null) ? retryAfter : DEFAULT_PAUSE;
			this.window.pauseUntil(System.nanoTime() + pause.toNanos());
			this.listener.rateLimited(pause, retryAfter);
		}
		else if (remaining != null && remaining <= 0) {
			this.window.pauseUntil(System.nanoTime() + this.permitIntervalNanos);
		}
	}

	/**
	 * Return the underlying Resilience4j rate limiter, for its metrics and events.
	 * @return the rate limiter
	 */
	public RateLimiter getRateLimiter() {
		return this.rateLimiter;
	}

}
