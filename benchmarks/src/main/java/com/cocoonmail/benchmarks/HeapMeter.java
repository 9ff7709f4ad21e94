package com.cocoonmail.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Reads the heap in use after full collections, to tell what a set of objects retains.
 *
 * @author Cocoonmail Team
 */
final class HeapMeter {

	private static final int COLLECTIONS = 3;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	long usedAfterGc() {
		for (int i = 0; i < COLLECTIONS; i++) {
			System.gc();
			pause();
		}
		return this.memory.getHeapMemoryUsage().getUsed();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
