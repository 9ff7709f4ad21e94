package com.cocoonmail.benchmarks;

import java.time.Duration;
import java.util.Arrays;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.SendMailRequest;

/**
 * One side of the ledger write cost: an application's {@link CocoonmailOperations}, with
 * the ledger off or in a store, sending one mail after another and keeping the latency of
 * each {@code sendMail} call (answered once the ledger has stored the send) and the CPU
 * time of its rounds.
 *
 * @author Cocoonmail Team
 */
final class LedgerWriteSide {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String name;

	private final CocoonmailOperations operations;

	private final CpuMeter cpu = new CpuMeter();

	private long[] nanos = new long[0];

	private long clientCpuNanos;

	private int sent;

	LedgerWriteSide(String name, CocoonmailOperations operations) {
		this.name = name;
		this.operations = operations;
	}

	String name() {
		return this.name;
	}

	/**
	 * Send mails one after another, each to a recipient of its own.
	 * @param count how many
	 * @param measured whether to keep the latencies and CPU time
	 */
	void round(int count, boolean measured) {
		long[] round = new long[count];
		this.cpu.start();
		for (int i = 0; i < count; i++) {
			SendMailRequest mail = SendMailRequest.builder()
				.transactionalId("receipt")
				.to(this.name + "-" + this.sent++ + "@ledger.example.com")
				.build();
			long start = System.nanoTime();
			this.operations.sendMail(mail).block(TIMEOUT);
			round[i] = System.nanoTime() - start;
		}
		long[] used = this.cpu.stop();
		if (measured) {
			int kept = this.nanos.length;
			this.nanos = Arrays.copyOf(this.nanos, kept + count);
			System.arraycopy(round, 0, this.nanos, kept, count);
			this.clientCpuNanos += used[1];
		}
	}

	Percentiles latency() {
		return new Percentiles(this.nanos);
	}

	double clientCpuMicrosPerSend() {
		return this.clientCpuNanos / 1e3 / this.nanos.length;
	}

	int measuredSends() {
		return this.nanos.length;
	}

}
