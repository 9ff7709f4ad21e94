package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorFault;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.client.PacingEmulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behaviour every {@link BudgetStore} must show: three clients with separate pacers
 * sharing one budget key, against one emulator that records arrival times.
 *
 * @author Cocoonmail Team
 */
abstract class AbstractSharedBudgetTests {

	static final Duration ONE_SECOND = Duration.ofSeconds(1);

	final CocoonmailEmulator emulator = PacingEmulator.start();

	final String key = SharedBudgetKey.PREFIX + "test-" + UUID.randomUUID();

	@AfterEach
	void closeEmulator() {
		this.emulator.close();
	}

	/**
	 * Return a new store for the budget, as a separate instance of an application would
	 * have it.
	 * @param key the budget's name
	 * @return the store
	 */
	abstract BudgetStore newStore(String key);

	/**
	 * Whether the store holds a pause in force for the budget.
	 * @param key the budget's name
	 * @return whether a pause is recorded
	 */
	abstract boolean pauseRecorded(String key);

	@Test
	void threeClientsSharingOneKeyNeverExceedTheLimitInAnySlidingSecond() {
		List<CocoonmailClient> clients = List.of(client(pacer()), client(pacer()), client(pacer()));
		List<String> results = Flux.range(0, 36)
			.flatMap((index) -> clients.get(index % 3).getMailStatus("message-" + index).thenReturn("done"), 36)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(36);
		assertThat(this.emulator.arrivals()).hasSize(36);
		assertThat(this.emulator.maxArrivalsInAnyWindow(ONE_SECOND)).isLessThanOrEqualTo(10);
	}

	@Test
	void rateLimitedAnswerToOneClientPausesTheOthers() throws InterruptedException {
		this.emulator.failNext(EmulatorFault.status(429, "{}", Map.of("Retry-After", "2")));
		PauseRecorder pauses = new PauseRecorder();
		CocoonmailClient first = client(pacer(pauses));
		List<CocoonmailClient> others = List.of(client(pacer()), client(pacer()));
		first.getMailStatus("first").subscribe();
		assertThat(pauses.rateLimited.await(10, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> pauseRecorded(this.key));
		List<String> results = Flux.range(0, 6)
			.flatMap((index) -> others.get(index % 2).getMailStatus("message-" + index).thenReturn("done"))
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(6);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.emulator.arrivalCount() == 8);
		List<Long> arrivals = PacingEmulator.arrivalTimes(this.emulator);
		arrivals.subList(1, arrivals.size())
			.forEach((arrival) -> assertThat(arrival - pauses.pausedAt.get())
				.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
	}

	SharedBudgetPacer pacer() {
		return pacer(CocoonmailPacingListener.NONE);
	}

	SharedBudgetPacer pacer(CocoonmailPacingListener listener) {
		return SharedBudgetPacer.builder(newStore(this.key), 10)
			.timeout(Duration.ofSeconds(30))
			.storeTimeout(Duration.ofSeconds(5))
			.instances(3)
			.pacingListener(listener)
			.build();
	}

	CocoonmailClient client(SharedBudgetPacer pacer) {
		return PacingEmulator.clientBuilder(this.emulator)
			.retryPolicy(new CocoonmailRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), false))
			.pacer(pacer)
			.build();
	}

	static class PauseRecorder implements CocoonmailPacingListener {

		final AtomicLong pausedAt = new AtomicLong();

		final CountDownLatch rateLimited = new CountDownLatch(1);

		@Override
		public void rateLimited(Duration pause, @Nullable Duration retryAfter) {
			this.pausedAt.set(System.nanoTime());
			this.rateLimited.countDown();
		}

	}

}
