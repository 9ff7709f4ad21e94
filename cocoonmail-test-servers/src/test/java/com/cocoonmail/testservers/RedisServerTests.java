package com.cocoonmail.testservers;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link RedisServer}.
 *
 * @author Cocoonmail Team
 */
class RedisServerTests {

	private static RedisClient client;

	private final RedisServer redis = RedisServer.shared();

	@BeforeAll
	static void createClient() {
		client = RedisClient.create(RedisServer.shared().url());
	}

	@AfterAll
	static void shutDownClient() {
		client.shutdown();
	}

	@AfterEach
	void leaveRunning() {
		this.redis.start();
	}

	@Test
	void sharedServerIsOnePerJvm() {
		assertThat(RedisServer.shared()).isSameAs(this.redis);
		assertThat(this.redis.url()).isEqualTo("redis://127.0.0.1:" + this.redis.port());
	}

	@Test
	void storesAndReturnsValues() {
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> commands = connection.sync();
			commands.set("greeting", "hello");
			assertThat(commands.get("greeting")).isEqualTo("hello");
			assertThat(commands.incr("counter")).isEqualTo(1L);
			assertThat(commands.info("server")).contains("redis_version:6.2");
		}
	}

	@Test
	void flushAllDeletesEveryKey() {
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().set("doomed", "1");
			this.redis.flushAll();
			assertThat(connection.sync().exists("doomed")).isZero();
		}
	}

	@Test
	void stoppedServerRefusesConnectionsAndStartsAgainOnTheSamePort() {
		int port = this.redis.port();
		this.redis.stop();
		assertThat(this.redis.isRunning()).isFalse();
		assertThat(FreePorts.accepting(port)).isFalse();
		assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(() -> client.connect().close());
		assertThatIllegalStateException().isThrownBy(this.redis::flushAll).withMessageContaining("stopped");
		this.redis.start();
		assertThat(this.redis.isRunning()).isTrue();
		assertThat(this.redis.port()).isEqualTo(port);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().set("after-restart", "yes");
			assertThat(connection.sync().get("after-restart")).isEqualTo("yes");
		}
	}

	@Test
	void stoppingTwiceAndStartingTwiceAreHarmless() {
		this.redis.stop();
		this.redis.stop();
		this.redis.start();
		this.redis.start();
		assertThat(this.redis.isRunning()).isTrue();
		assertThat(FreePorts.accepting(this.redis.port())).isTrue();
	}

	@Test
	void sharedStartsAStoppedServerAgain() {
		this.redis.stop();
		assertThat(RedisServer.shared().isRunning()).isTrue();
	}

}
