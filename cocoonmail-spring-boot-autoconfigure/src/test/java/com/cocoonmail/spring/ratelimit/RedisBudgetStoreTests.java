package com.cocoonmail.spring.ratelimit;

import java.util.ArrayList;
import java.util.List;

import com.cocoonmail.testservers.RedisServer;
import org.junit.jupiter.api.AfterEach;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Tests for {@link RedisBudgetStore} against a real Redis server, each client with its
 * own connection.
 *
 * @author Cocoonmail Team
 */
class RedisBudgetStoreTests extends AbstractSharedBudgetTests {

	private final List<LettuceConnectionFactory> connections = new ArrayList<>();

	private final RedisServer redis = RedisServer.shared();

	@AfterEach
	void closeConnections() {
		this.connections.forEach(LettuceConnectionFactory::destroy);
	}

	@Override
	BudgetStore newStore(String key) {
		return new RedisBudgetStore(template(), key, 10, SharedBudgetPacer.WINDOW);
	}

	@Override
	boolean pauseRecorded(String key) {
		return Boolean.TRUE.equals(template().hasKey("{" + key + "}:pause").block());
	}

	ReactiveStringRedisTemplate template() {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(this.redis.host(), this.redis.port()));
		factory.afterPropertiesSet();
		factory.start();
		this.connections.add(factory);
		return new ReactiveStringRedisTemplate(factory);
	}

}
