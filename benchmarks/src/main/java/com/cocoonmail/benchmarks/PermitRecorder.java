package com.cocoonmail.benchmarks;

import java.time.Duration;
import java.util.Arrays;

import com.cocoonmail.spring.client.CocoonmailPacingListener;

/**
 * Records when the client's pacer let each attempt go, to compare with when it reached
 * the server. It takes the place of the default listener, which does nothing without a
 * meter registry.
 *
 * @author Cocoonmail Team
 */
final class PermitRecorder implements CocoonmailPacingListener {

	private final long[] grants;

	private int count;

	PermitRecorder(int capacity) {
		this.grants = new long[capacity];
	}

	@Override
	public synchronized void permitGranted(Duration wait) {
		if (this.count < this.grants.length) {
			this.grants[this.count++] = System.nanoTime();
		}
	}

	synchronized long[] grants() {
		long[] sorted = Arrays.copyOf(this.grants, this.count);
		Arrays.sort(sorted);
		return sorted;
	}

}
