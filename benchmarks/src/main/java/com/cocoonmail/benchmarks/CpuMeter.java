package com.cocoonmail.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;

/**
 * Reads the CPU time of the whole process and of every thread that is not the emulator's.
 *
 * @author Cocoonmail Team
 */
final class CpuMeter {

	private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private Map<Long, Long> lastThreadTimes = new HashMap<>();

	private long lastProcessTime;

	/**
	 * Start a measurement.
	 */
	void start() {
		this.lastProcessTime = this.os.getProcessCpuTime();
		this.lastThreadTimes = clientThreadTimes();
	}

	/**
	 * Return the CPU time used since {@link #start()}.
	 * @return the process and client-thread CPU nanoseconds
	 */
	long[] stop() {
		long process = this.os.getProcessCpuTime() - this.lastProcessTime;
		long client = 0;
		for (Map.Entry<Long, Long> entry : clientThreadTimes().entrySet()) {
			client += entry.getValue() - this.lastThreadTimes.getOrDefault(entry.getKey(), 0L);
		}
		return new long[] { process, client };
	}

	private Map<Long, Long> clientThreadTimes() {
		long[] ids = this.threads.getAllThreadIds();
		ThreadInfo[] infos = this.threads.getThreadInfo(ids);
		Map<Long, Long> times = new HashMap<>();
		for (int index = 0; index < ids.length; index++) {
			ThreadInfo info = infos[index];
			if (info != null && !info.getThreadName().startsWith(BenchEmulator.THREAD_PREFIX)) {
				long time = this.threads.getThreadCpuTime(ids[index]);
				if (time >= 0) {
					times.put(ids[index], time);
				}
			}
		}
		return times;
	}

}
