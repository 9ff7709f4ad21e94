package com.cocoonmail.benchmarks.server;

/**
 * Accepts 10 requests per fixed one-second window counted from the server's start; a
 * refusal carries {@code Retry-After} until the next window, rounded up to whole seconds.
 *
 * @author Cocoonmail Team
 */
public final class FixedWindowPolicy implements AdmissionPolicy {

	private final long origin = System.nanoTime();

	private long window;

	private int count;

	@Override
	public Admission admit(long arrivalNanos) {
		long current = (arrivalNanos - this.origin) / SECOND;
		if (current != this.window) {
			this.window = current;
			this.count = 0;
		}
		if (this.count >= LIMIT) {
			long untilNext = this.origin + (current + 1) * SECOND - arrivalNanos;
			return Admission.refuse((int) ((untilNext + SECOND - 1) / SECOND));
		}
		this.count++;
		return Admission.accept(LIMIT - this.count);
	}

	@Override
	public String description() {
		return "fixed window";
	}

}
