package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RateLimitingRequestPacer} driving a {@link CocoonmailClient} against
 * the emulator, which records arrival times.
 *
 * @author Cocoonmail Team
 */
class RateLimitingRequestPacerTests {

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private final CocoonmailEmulator emulator = PacingEmulator.start();

	private final RecordingListener listener = new RecordingListener();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void concurrentCallsNeverExceedTheLimitInAnySlidingSecond() {
		CocoonmailClient client = client(10, Duration.ofSeconds(30), CocoonmailRetryPolicy.none());
		List<String> results = Flux.range(0, 40)
			.flatMap((index) -> client.getMailStatus("message-" + index).thenReturn("done"), 40)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(40);
		assertThat(this.emulator.arrivals()).hasSize(40);
		assertThat(this.emulator.maxArrivalsInAnyWindow(ONE_SECOND)).isLessThanOrEqualTo(10);
	}

	@Test
	void rateLimitedAnswerWithRetryAfterPausesEveryCaller() throws InterruptedException {
		this.emulator.failNext(EmulatorFault.status(429, "{}", Map.of("Retry-After", "2")));
		CocoonmailClient client = client(10, Duration.ofSeconds(30),
				new CocoonmailRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), false));
		Mono<List<Object>> first = client.validateApiKey().cast(Object.class).flux().collectList().cache();
		first.subscribe();
		assertThat(this.listener.rateLimited.await(10, TimeUnit.SECONDS)).isTrue();
		List<Object> others = Flux.range(0, 4)
			.flatMap((index) -> client.getMailStatus("message-" + index))
			.cast(Object.class)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(first.block(Duration.ofSeconds(30))).hasSize(1);
		assertThat(others).hasSize(4);
		List<Long> arrivals = PacingEmulator.arrivalTimes(this.emulator);
		assertThat(arrivals).hasSize(6);
		arrivals.subList(1, arrivals.size())
			.forEach((arrival) -> assertThat(arrival - this.listener.pausedAt.get())
				.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
	}

	@Test
	void retriesTakePermitsToo() {
		this.emulator.failNext(EmulatorFault.status(500, "{\"message\":\"boom\"}", Map.of()));
		CocoonmailClient client = client(1, Duration.ofSeconds(30),
				new CocoonmailRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), false));
		client.validateApiKey().block(Duration.ofSeconds(30));
		List<Long> arrivals = PacingEmulator.arrivalTimes(this.emulator);
		assertThat(arrivals).hasSize(2);
		assertThat(this.listener.granted.get()).isEqualTo(2);
		assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThanOrEqualTo(ONE_SECOND.toNanos());
	}

	@Test
	void callsThatWaitLongerThanTheTimeoutFailWithoutBeingSent() {
		CocoonmailClient client = client(1, Duration.ofMillis(100), CocoonmailRetryPolicy.defaults());
		List<Throwable> failures = Flux.range(0, 3)
			.flatMap((index) -> client.validateApiKey().then(Mono.<Throwable>empty()).onErrorResume(Mono::just))
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(this.emulator.arrivalCount()).isEqualTo(1);
		assertThat(failures).hasSize(2)
			.allSatisfy((failure) -> assertThatExceptionOfType(CocoonmailRateLimitException.class).isThrownBy(() -> {
				throw failure;
			})
				.satisfies((ex) -> assertThat(ex.isLocal()).isTrue())
				.withMessageContaining("cocoonmail.rate-limit.timeout"));
		assertThat(this.listener.denied.get()).isEqualTo(2);
	}

	@Test
	void waitingCallersLeaveInTheOrderTheyAsked() {
		RateLimitingRequestPacer pacer = new RateLimitingRequestPacer("fair", 20, Duration.ofSeconds(30),
				this.listener);
		List<Integer> departures = new CopyOnWriteArrayList<>();
		List<Integer> done = Flux.range(0, 40).flatMap((index) -> pacer.pace(Mono.fromCallable(() -> {
			departures.add(index);
			return index;
		})), 40).collectList().block(Duration.ofSeconds(30));
		assertThat(done).hasSize(40);
		assertThat(departures).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
	}

	private CocoonmailClient client(int requestsPerSecond, Duration timeout, CocoonmailRetryPolicy retryPolicy) {
		return PacingEmulator.clientBuilder(this.emulator)
			.retryPolicy(retryPolicy)
			.pacer(new RateLimitingRequestPacer("test", requestsPerSecond, timeout, this.listener))
			.build();
	}

	static class RecordingListener implements CocoonmailPacingListener {

		final AtomicInteger granted = new AtomicInteger();

		final AtomicInteger denied = new AtomicInteger();

		final AtomicLong pausedAt = new AtomicLong();

		final CountDownLatch rateLimited = new CountDownLatch(1);

		@Override
		public void permitGranted(Duration wait) {
			this.granted.incrementAndGet();
		}

		@Override
		public void permitDenied(Duration wait) {
			this.denied.incrementAndGet();
		}

		@Override
		public void rateLimited(Duration pause, @Nullable Duration retryAfter) {
			this.pausedAt.set(System.nanoTime());
			this.rateLimited.countDown();
		}

	}

}
