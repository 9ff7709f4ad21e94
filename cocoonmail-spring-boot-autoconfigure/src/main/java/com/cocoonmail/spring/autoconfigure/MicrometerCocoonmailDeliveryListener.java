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
 * Counts the event bridge's outcomes: {@code cocoonmail.events.delivered} and
 * {@code cocoonmail.events.failed}, tagged with the {@code kind} of request
 * ({@code event} or {@code mail}).
 *
 * @author Cocoonmail Team
 */
final class MicrometerCocoonmailDeliveryListener implements CocoonmailDeliveryListener {

	static final String DELIVERED = "cocoonmail.events.delivered";

	static final String FAILED = "cocoonmail.events.failed";

	private final Map<CocoonmailDeliveryKind, Counter> delivered = new EnumMap<>(CocoonmailDeliveryKind.class);

	private final Map<CocoonmailDeliveryKind, Counter> failed = new EnumMap<>(CocoonmailDeliveryKind.class);

	MicrometerCocoonmailDeliveryListener(MeterRegistry registry) {
		for (CocoonmailDeliveryKind kind : CocoonmailDeliveryKind.values()) {
			this.delivered.put(kind, counter(registry, DELIVERED, "Requests the event bridge delivered", kind));
			this.failed.put(kind,
					counter(registry, FAILED, "Requests the event bridge finally failed to deliver", kind));
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

}
