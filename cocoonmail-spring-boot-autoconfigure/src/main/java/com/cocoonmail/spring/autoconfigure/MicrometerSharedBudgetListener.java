package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.cocoonmail.spring.ratelimit.SharedBudgetListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records, tagged with the {@code store}, whether the shared budget's store is in use
 * ({@code cocoonmail.rate.limit.store.shared}, 1 or 0), how often it was lost
 * ({@code cocoonmail.rate.limit.store.lost}) and how many permits the local fallback
 * granted meanwhile ({@code cocoonmail.rate.limit.store.fallback}).
 *
 * @author Cocoonmail Team
 */
final class MicrometerSharedBudgetListener implements SharedBudgetListener {

	static final String SHARED = "cocoonmail.rate.limit.store.shared";

	static final String LOST = "cocoonmail.rate.limit.store.lost";

	static final String FALLBACK = "cocoonmail.rate.limit.store.fallback";

	private final MeterRegistry registry;

	private final Map<String, StoreMeters> stores = new ConcurrentHashMap<>();

	/**
	 * Create a listener.
	 * @param registry where the meters go
	 * @param store the store to register the meters of at once, so that they show before
	 * the first failure
	 */
	MicrometerSharedBudgetListener(MeterRegistry registry, String store) {
		this.registry = registry;
		metersOf(store);
	}

	@Override
	public void storeLost(String store) {
		StoreMeters meters = metersOf(store);
		meters.shared.set(false);
		meters.lost.increment();
	}

	@Override
	public void storeRecovered(String store, Duration down) {
		metersOf(store).shared.set(true);
	}

	@Override
	public void fallbackPermit(String store) {
		metersOf(store).fallback.increment();
	}

	private StoreMeters metersOf(String store) {
		return this.stores.computeIfAbsent(store, (name) -> new StoreMeters(this.registry, name));
	}

	private static final class StoreMeters {

		private final AtomicBoolean shared = new AtomicBoolean(true);

		private final Counter lost;

		private final Counter fallback;

		StoreMeters(MeterRegistry registry, String store) {
			Gauge.builder(SHARED, this.shared, (value) -> value.get() ? 1 : 0)
				.description("Whether the shared rate-limit store is in use (1) or lost (0)")
				.tag("store", store)
				.strongReference(true)
				.register(registry);
			this.lost = Counter.builder(LOST)
				.description("Times the shared rate-limit store could not be reached")
				.tag("store", store)
				.register(registry);
			this.fallback = Counter.builder(FALLBACK)
				.description("Permits granted locally while the shared rate-limit store could not be reached")
				.tag("store", store)
				.register(registry);
		}

	}

}
