package com.cocoonmail.spring.webhook;

import java.time.Duration;
import java.time.Instant;

import com.cocoonmail.spring.test.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InMemoryWebhookReceipts}.
 *
 * @author Cocoonmail Team
 */
class InMemoryWebhookReceiptsTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T03:00:00Z"));

	@Test
	void recordsADigestOnce() {
		InMemoryWebhookReceipts receipts = new InMemoryWebhookReceipts(10, this.clock);
		assertThat(receipts.record("a", this.clock.instant().plusSeconds(60))).isTrue();
		assertThat(receipts.record("a", this.clock.instant().plusSeconds(60))).isFalse();
		assertThat(receipts.record("b", this.clock.instant().plusSeconds(60))).isTrue();
	}

	@Test
	void forgetsExpiredReceipts() {
		InMemoryWebhookReceipts receipts = new InMemoryWebhookReceipts(10, this.clock);
		receipts.record("a", this.clock.instant().plusSeconds(60));
		this.clock.move(Duration.ofSeconds(61));
		assertThat(receipts.record("b", this.clock.instant().plusSeconds(60))).isTrue();
		assertThat(receipts.size()).isOne();
		assertThat(receipts.record("a", this.clock.instant().plusSeconds(60))).isTrue();
	}

	@Test
	void keepsAtMostTheBoundDroppingTheOldest() {
		InMemoryWebhookReceipts receipts = new InMemoryWebhookReceipts(3, this.clock);
		for (String digest : new String[] { "a", "b", "c", "d" }) {
			receipts.record(digest, this.clock.instant().plusSeconds(60));
		}
		assertThat(receipts.size()).isEqualTo(3);
		assertThat(receipts.record("d", this.clock.instant().plusSeconds(60))).isFalse();
		assertThat(receipts.record("a", this.clock.instant().plusSeconds(60))).isTrue();
	}

	@Test
	void forgetLetsARepeatBeRecordedAgain() {
		InMemoryWebhookReceipts receipts = new InMemoryWebhookReceipts(10, this.clock);
		receipts.record("a", this.clock.instant().plusSeconds(60));
		receipts.forget("a");
		assertThat(receipts.record("a", this.clock.instant().plusSeconds(60))).isTrue();
	}

}
