package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MicrometerSharedBudgetListener}.
 *
 * @author Cocoonmail Team
 */
class MicrometerSharedBudgetListenerTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerSharedBudgetListener listener = new MicrometerSharedBudgetListener(this.registry, "redis");

	@Test
	void losingTheStoreCountsTheLossAndEveryLocalPermitUntilItIsBack() {
		assertThat(shared()).isOne();
		this.listener.storeLost("redis");
		this.listener.fallbackPermit("redis");
		this.listener.fallbackPermit("redis");
		assertThat(shared()).isZero();
		assertThat(this.registry.get(MicrometerSharedBudgetListener.LOST).tag("store", "redis").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get(MicrometerSharedBudgetListener.FALLBACK).tag("store", "redis").counter().count())
			.isEqualTo(2);
		this.listener.storeRecovered("redis", Duration.ofSeconds(3));
		assertThat(shared()).isOne();
	}

	private double shared() {
		return this.registry.get(MicrometerSharedBudgetListener.SHARED).tag("store", "redis").gauge().value();
	}

}
