package com.cocoonmail.benchmarks.server;

/**
 * Accepts everything, but reports {@code x-ratelimit-remaining} as Cocoonmail would for a
 * limit of 10 in a sliding second, so that the client sees realistic headers.
 *
 * @author Cocoonmail Team
 */
public final class UnlimitedPolicy implements AdmissionPolicy {

	private final RecentArrivals recent = new RecentArrivals(System.nanoTime());

	@Override
	public Admission admit(long arrivalNanos) {
		this.recent.add(arrivalNanos);
		return Admission.accept(LIMIT - this.recent.countSince(arrivalNanos - SECOND));
	}

	@Override
	public String description() {
		return "no limit";
	}

}
