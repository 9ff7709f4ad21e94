package com.cocoonmail.benchmarks.server;

/**
 * Accepts a request only if fewer than 10 were accepted in the second before it (a
 * sliding-window log); a refusal carries {@code Retry-After} rounded up to whole seconds.
 *
 * @author Cocoonmail Team
 */
public final class SlidingWindowPolicy implements AdmissionPolicy {

	private final RecentArrivals recent = new RecentArrivals(System.nanoTime());

	@Override
	public Admission admit(long arrivalNanos) {
		long windowStart = arrivalNanos - SECOND;
		if (this.recent.oldest() > windowStart) {
			long wait = this.recent.oldest() - windowStart;
			return Admission.refuse((int) ((wait + SECOND - 1) / SECOND));
		}
		this.recent.add(arrivalNanos);
		return Admission.accept(LIMIT - this.recent.countSince(windowStart));
	}

	@Override
	public String description() {
		return "sliding window";
	}

}
