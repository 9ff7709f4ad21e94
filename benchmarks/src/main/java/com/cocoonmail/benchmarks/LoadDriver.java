package com.cocoonmail.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps a fixed number of calls outstanding until a deadline, then waits for those still
 * running. Bounded in count and in time: it never starts more than {@code maxCalls} and
 * fails if the last answer takes longer than {@code limit}.
 *
 * @author Cocoonmail Team
 */
final class LoadDriver {

	private final int concurrency;

	private final int maxCalls;

	private final Duration limit;

	LoadDriver(int concurrency, int maxCalls, Duration limit) {
		this.concurrency = concurrency;
		this.maxCalls = maxCalls;
		this.limit = limit;
	}

	LoadResult run(Supplier<? extends Mono<?>> call, Duration issueFor) {
		LongAdder succeeded = new LongAdder();
		LongAdder failed = new LongAdder();
		AtomicReference<@Nullable String> firstFailure = new AtomicReference<>();
		long start = System.nanoTime();
		long deadline = start + issueFor.toNanos();
		Flux.range(0, this.maxCalls)
			.takeWhile((index) -> System.nanoTime() < deadline)
			.flatMap((index) -> call.get()
				.then(Mono.<Void>fromRunnable(succeeded::increment))
				.onErrorResume((ex) -> failure(ex, failed, firstFailure)), this.concurrency)
			.then()
			.block(this.limit);
		return new LoadResult(succeeded.sum(), failed.sum(), System.nanoTime() - start, firstFailure.get());
	}

	private static Mono<Void> failure(Throwable ex, LongAdder failed, AtomicReference<@Nullable String> firstFailure) {
		failed.increment();
		firstFailure.compareAndSet(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		return Mono.empty();
	}

}
