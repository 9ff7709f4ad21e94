package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * Records the permit-wait timer ({@code cocoonmail.client.permit.wait}, tagged with the
 * outcome) and the 429 counter ({@code cocoonmail.client.rate.limited}).
 *
 * @author Cocoonmail Team
 */
final class MicrometerCocoonmailPacingListener implements CocoonmailPacingListener {

	static final String PERMIT_WAIT = "cocoonmail.client.permit.wait";

	static final String RATE_LIMITED = "cocoonmail.client.rate.limited";

	private final Timer granted;

	private final Timer denied;

	private final Counter rateLimited;

	MicrometerCocoonmailPacingListener(MeterRegistry registry) {
		this.granted = permitWait(registry, "granted");
		this.denied = permitWait(registry, "denied");
		this.rateLimited = Counter.builder(RATE_LIMITED)
			.description("Answers of 429 Too Many Requests from Cocoonmail")
			.register(registry);
	}

	private static Timer permitWait(MeterRegistry registry, String outcome) {
		return Timer.builder(PERMIT_WAIT)
			.description("Time calls waited for a permit to send to Cocoonmail")
			.tag("outcome", outcome)
			.register(registry);
	}

	@Override
	public void permitGranted(Duration wait) {
		this.granted.record(wait);
	}

	@Override
	public void permitDenied(Duration wait) {
		this.denied.record(wait);
	}

	@Override
	public void rateLimited(Duration pause, @Nullable Duration retryAfter) {
		this.rateLimited.increment();
	}

}
