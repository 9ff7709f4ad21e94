package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.Assert;

/**
 * A {@link BudgetStore} in Redis: a sorted set of permit times per budget key, trimmed to
 * the window and taken from by one atomic Lua script on Redis's own {@code TIME}, and a
 * pause key the script honours. Both keys share one hash tag, so the script also runs on
 * Redis Cluster.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class RedisBudgetStore implements BudgetStore {

	private static final RedisScript<String> ACQUIRE = script("acquire.lua");

	private static final RedisScript<String> CORRECT = script("correct.lua");

	private static final RedisScript<String> PAUSE = script("pause.lua");

	private static final String GRANTED = "granted ";

	private static final String WAIT = "wait ";

	private final ReactiveStringRedisTemplate redis;

	private final List<String> logKey;

	private final List<String> pauseKey;

	private final List<String> acquireKeys;

	private final String limit;

	private final String windowMicros;

	/**
	 * Create a store.
	 * @param redis the template to reach Redis with
	 * @param key the budget's name, never the API key
	 * @param limit the most permits in one window
	 * @param window the window
	 */
	public RedisBudgetStore(ReactiveStringRedisTemplate redis, String key, int limit, Duration window) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.redis = redis;
		this.logKey = List.of("{" + key + "}:log");
		this.pauseKey = List.of("{" + key + "}:pause");
		this.acquireKeys = List.of(this.logKey.get(0), this.pauseKey.get(0));
		this.limit = Integer.toString(limit);
		this.windowMicros = Long.toString(micros(window));
	}

	@Override
	public Mono<BudgetDecision> acquire() {
		String id = UUID.randomUUID().toString();
		return this.redis
			.execute(ACQUIRE, this.acquireKeys, List.of(this.limit, this.windowMicros, id, Long.toString(micros(HOLD)),
					Long.toString(micros(HELD_RETRY))))
			.single()
			.map((answer) -> decision(answer, id));
	}

	private static BudgetDecision decision(String answer, String id) {
		if (answer.startsWith(GRANTED)) {
			return BudgetDecision.granted(new BudgetPermit(id, Long.parseLong(answer.substring(GRANTED.length()))));
		}
		if (answer.startsWith(WAIT)) {
			return BudgetDecision
				.waitFor(Duration.of(Long.parseLong(answer.substring(WAIT.length())), ChronoUnit.MICROS));
		}
		throw new IllegalStateException("Unexpected answer from the rate-limit script: " + answer);
	}

	@Override
	public Mono<Void> correct(BudgetPermit permit, Duration latestArrival) {
		return this.redis
			.execute(CORRECT, this.logKey,
					List.of(permit.id(), Long.toString(permit.storeMicros() + micros(latestArrival))))
			.then();
	}

	@Override
	public Mono<Void> pause(Duration pause) {
		return this.redis.execute(PAUSE, this.pauseKey, List.of(Long.toString(micros(pause)))).then();
	}

	@Override
	public String name() {
		return "redis";
	}

	private static long micros(Duration duration) {
		return TimeUnit.NANOSECONDS.toMicros(duration.toNanos());
	}

	private static RedisScript<String> script(String name) {
		return RedisScript.of(new ClassPathResource(name, RedisBudgetStore.class), String.class);
	}

}
