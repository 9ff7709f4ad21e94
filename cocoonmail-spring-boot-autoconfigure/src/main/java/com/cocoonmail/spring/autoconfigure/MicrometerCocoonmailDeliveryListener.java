package com.cocoonmail.spring.autoconfigure;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.cocoonmail.spring.event.CocoonmailDeliveryKind;
import com.cocoonmail.spring.event.CocoonmailDeliveryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.util.Assert;

/**
 * Counts the event bridge's outcomes: {@code cocoonmail.events.delivered},
 * {@code cocoonmail.events.failed}, {@code cocoonmail.events.deduplicated} and
 * {@code cocoonmail.events.possible.duplicates}, tagged with the {@code kind} of request
 * ({@code event} or {@code mail}).
 *
 * @author Cocoonmail Team
 */
final class MicrometerCocoonmailDeliveryListener implements CocoonmailDeliveryListener {

	static final String DELIVERED = "cocoonmail.events.delivered";

	static final String FAILED = "cocoonmail.events.failed";

	static final String DEDUPLICATED = "cocoonmail.events.deduplicated";

	static final String POSSIBLE_DUPLICATES = "cocoonmail.events.possible.duplicates";

	static final String PENDING = "cocoonmail.events.pending";

	private final Map<CocoonmailDeliveryKind, Counter> delivered = new EnumMap<>(CocoonmailDeliveryKind.class);

	private final Map<CocoonmailDeliveryKind, Counter> failed = new EnumMap<>(CocoonmailDeliveryKind.class);

	private final Map<CocoonmailDeliveryKind, Counter> deduplicated = new EnumMap<>(CocoonmailDeliveryKind.class);

	private final Map<CocoonmailDeliveryKind, Counter> possibleDuplicates = new EnumMap<>(CocoonmailDeliveryKind.class);

	MicrometerCocoonmailDeliveryListener(MeterRegistry registry) {
		for (CocoonmailDeliveryKind kind : CocoonmailDeliveryKind.values()) {
			this.delivered.put(kind, counter(registry, DELIVERED, "Requests the event bridge delivered", kind));
			this.failed.put(kind,
					counter(registry, FAILED, "Requests the event bridge finally failed to deliver", kind));
			this.deduplicated.put(kind, counter(registry, DEDUPLICATED,
					"Requests the event bridge dropped as repeats of an idempotency key", kind));
			this.possibleDuplicates.put(kind, counter(registry, POSSIBLE_DUPLICATES,
					"Requests the event bridge sent again after a dispatcher died before recording the answer", kind));
		}
	}

	private static Counter counter(MeterRegistry registry, String name, String description,
			CocoonmailDeliveryKind kind) {
		return Counter.builder(name)
			.description(description)
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.register(registry);
	}

	@Override
	public void delivered(CocoonmailDeliveryKind kind) {
		counterOf(this.delivered, kind).increment();
	}

	@Override
	public void failed(CocoonmailDeliveryKind kind) {
		counterOf(this.failed, kind).increment();
	}

	private static Counter counterOf(Map<CocoonmailDeliveryKind, Counter> counters, CocoonmailDeliveryKind kind) {
		Counter counter = counters.get(kind);
		Assert.state(counter != null, "The constructor registers a counter for every kind");
		return counter;
	}

	@Override
	public void deduplicated(CocoonmailDeliveryKind kind) {
		counterOf(this.deduplicated, kind).increment();
	}

	@Override
	public void possibleDuplicate(CocoonmailDeliveryKind kind) {
		counterOf(this.possibleDuplicates, kind).increment();
	}

}
