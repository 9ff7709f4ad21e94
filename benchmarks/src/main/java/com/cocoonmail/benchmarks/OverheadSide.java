package com.cocoonmail.benchmarks;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * One side of the overhead comparison: a call and the totals of its measured rounds.
 *
 * @author Cocoonmail Team
 */
final class OverheadSide {

	private final String name;

	private final Supplier<? extends Mono<?>> call;

	private long calls;

	private long failed;

	private long elapsedNanos;

	private long processCpuNanos;

	private long clientCpuNanos;

	OverheadSide(String name, Supplier<? extends Mono<?>> call) {
		this.name = name;
		this.call = call;
	}

	String name() {
		return this.name;
	}

	Supplier<? extends Mono<?>> call() {
		return this.call;
	}

	void add(LoadResult result, long[] cpu) {
		this.calls += result.calls();
		this.failed += result.failed();
		this.elapsedNanos += result.elapsedNanos();
		this.processCpuNanos += cpu[0];
		this.clientCpuNanos += cpu[1];
	}

	long calls() {
		return this.calls;
	}

	long failed() {
		return this.failed;
	}

	double throughput() {
		return this.calls * 1e9 / this.elapsedNanos;
	}

	double processCpuMicrosPerCall() {
		return this.processCpuNanos / 1e3 / this.calls;
	}

	double clientCpuMicrosPerCall() {
		return this.clientCpuNanos / 1e3 / this.calls;
	}

}
