package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.client.PacingEmulator;
import com.cocoonmail.testservers.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SharedBudgetPacer} when its Redis server stops and starts again.
 *
 * @author Cocoonmail Team
 */
class RedisStoreFailureTests {

	private final CocoonmailEmulator emulator = PacingEmulator.start();

	private final RedisServer redis = RedisServer.shared();

	private final List<LettuceConnectionFactory> connections = new ArrayList<>();

	private final String key = SharedBudgetKey.PREFIX + "failure-" + UUID.randomUUID();

	private final CountingListener listener = new CountingListener();

	@AfterEach
	void restartRedisAndClose() {
		if (!this.redis.isRunning()) {
			this.redis.start();
		}
		this.connections.forEach(LettuceConnectionFactory::destroy);
		this.emulator.close();
	}

	@Test
	void stoppingRedisSwitchesToTheLocalShareWithinTheLimitAndStartingItSwitchesBack() {
		List<SharedBudgetPacer> pacers = List.of(pacer(OnStoreFailure.LOCAL_SHARE), pacer(OnStoreFailure.LOCAL_SHARE),
				pacer(OnStoreFailure.LOCAL_SHARE));
		List<CocoonmailClient> clients = pacers.stream().map(this::client).toList();
		Mono<List<String>> load = Flux.range(0, 60)
			.flatMap((index) -> clients.get(index % 3).getMailStatus("message-" + index).thenReturn("done"), 60)
			.collectList()
			.cache();
		load.subscribe();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.emulator.arrivalCount() >= 10);
		this.redis.stop();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> pacers.stream().noneMatch((pacer) -> pacer.state().shared()));
		int beforeFallbackSends = this.emulator.arrivalCount();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.emulator.arrivalCount() >= beforeFallbackSends + 6);
		this.redis.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> pacers.stream().allMatch((pacer) -> pacer.state().shared()));
		assertThat(load.block(Duration.ofSeconds(60))).hasSize(60);
		assertThat(this.emulator.arrivals()).hasSize(60);
		assertThat(this.emulator.maxArrivalsInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(10);
		assertThat(this.listener.lost.get()).isEqualTo(3);
		assertThat(this.listener.recovered.get()).isEqualTo(3);
		assertThat(this.listener.fallbackPermits.get()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void withFailCallsFailTypedWithoutBeingSentWhileRedisIsDown() {
		CocoonmailClient client = client(pacer(OnStoreFailure.FAIL));
		client.getMailStatus("warm-up").block(Duration.ofSeconds(30));
		this.redis.stop();
		Throwable failure = client.getMailStatus("while-down")
			.then(Mono.<Throwable>empty())
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(30));
		assertThat(failure).isInstanceOf(CocoonmailRateLimitStoreException.class)
			.hasMessageContaining("redis")
			.hasMessageContaining("cocoonmail.rate-limit.on-store-failure");
		assertThat(((CocoonmailRateLimitStoreException) failure).isLocal()).isTrue();
		assertThat(this.emulator.arrivalCount()).isEqualTo(1);
	}

	private SharedBudgetPacer pacer(OnStoreFailure onStoreFailure) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(this.redis.host(), this.redis.port()));
		factory.afterPropertiesSet();
		factory.start();
		this.connections.add(factory);
		RedisBudgetStore store = new RedisBudgetStore(new ReactiveStringRedisTemplate(factory), this.key, 10,
				SharedBudgetPacer.WINDOW);
		return SharedBudgetPacer.builder(store, 10)
			.timeout(Duration.ofSeconds(30))
			.storeTimeout(Duration.ofSeconds(1))
			.instances(3)
			.onStoreFailure(onStoreFailure)
			.budgetListener(this.listener)
			.build();
	}

	private CocoonmailClient client(SharedBudgetPacer pacer) {
		return PacingEmulator.clientBuilder(this.emulator)
			.retryPolicy(CocoonmailRetryPolicy.none())
			.pacer(pacer)
			.build();
	}

	static class CountingListener implements SharedBudgetListener {

		final AtomicInteger lost = new AtomicInteger();

		final AtomicInteger recovered = new AtomicInteger();

		final AtomicInteger fallbackPermits = new AtomicInteger();

		@Override
		public void storeLost(String store) {
			this.lost.incrementAndGet();
		}

		@Override
		public void storeRecovered(String store, Duration down) {
			this.recovered.incrementAndGet();
		}

		@Override
		public void fallbackPermit(String store) {
			this.fallbackPermits.incrementAndGet();
		}

	}

}
