package com.cocoonmail.emulator;

/**
 * A limit per fixed one-second window counted from the start.
 *
 * @author Cocoonmail Team
 */
final class FixedWindowRateLimit implements EmulatorRateLimit {

	private final int limit;

	private final long origin = System.nanoTime();

	private long window;

	private int count;

	FixedWindowRateLimit(int limit) {
		this.limit = limit;
	}

	@Override
	public Admission admit(long arrivalNanos) {
		long current = (arrivalNanos - this.origin) / SECOND;
		if (current != this.window) {
			this.window = current;
			this.count = 0;
		}
		if (this.count >= this.limit) {
			long untilNext = this.origin + (current + 1) * SECOND - arrivalNanos;
			return Admission.refuse((int) ((untilNext + SECOND - 1) / SECOND));
		}
		this.count++;
		return Admission.accept(this.limit - this.count);
	}

	@Override
	public int limit() {
		return this.limit;
	}

	@Override
	public String description() {
		return "fixed window";
	}

}
