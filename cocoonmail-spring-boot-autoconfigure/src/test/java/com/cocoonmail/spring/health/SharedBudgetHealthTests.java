package com.cocoonmail.spring.health;

import java.time.Instant;
import java.util.Map;

import com.cocoonmail.spring.ratelimit.OnStoreFailure;
import com.cocoonmail.spring.ratelimit.SharedBudgetState;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SharedBudgetHealth}.
 *
 * @author Cocoonmail Team
 */
class SharedBudgetHealthTests {

	private static final Health UP = Health.up().withDetail("host", "webhook.cocoonmail.com").build();

	private static final Instant LOST = Instant.parse("2026-12-02T09:12:03Z");

	@Test
	void aLocalBudgetAddsNothing() {
		assertThat(SharedBudgetHealth.apply(UP, null)).isSameAs(UP);
	}

	@Test
	void aStoreInUseIsShownAsShared() {
		Health health = SharedBudgetHealth.apply(UP, new SharedBudgetState("redis", OnStoreFailure.LOCAL_SHARE, null));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", "webhook.cocoonmail.com")
			.containsEntry(SharedBudgetHealth.DETAIL,
					Map.of("store", "redis", "shared", true, "onStoreFailure", "local-share"));
	}

	@Test
	void aLostStoreWithLocalShareKeepsTheStatusAndSaysSinceWhen() {
		Health health = SharedBudgetHealth.apply(UP, new SharedBudgetState("jdbc", OnStoreFailure.LOCAL_SHARE, LOST));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry(SharedBudgetHealth.DETAIL, Map.of("store", "jdbc", "shared",
				false, "lostSince", "2026-12-02T09:12:03Z", "onStoreFailure", "local-share"));
	}

	@Test
	void aLostStoreWithFailIsDownBecauseEveryCallFails() {
		Health health = SharedBudgetHealth.apply(UP, new SharedBudgetState("redis", OnStoreFailure.FAIL, LOST));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey(SharedBudgetHealth.DETAIL);
	}

}
