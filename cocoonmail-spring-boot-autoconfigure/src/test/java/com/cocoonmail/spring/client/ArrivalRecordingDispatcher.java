package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@link Dispatcher} that records when each request arrived and answers by arrival index.
 *
 * @author Cocoonmail Team
 */
public class ArrivalRecordingDispatcher extends Dispatcher {

	private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger count = new AtomicInteger();

	private final IntFunction<MockResponse> responses;

	/**
	 * Create a dispatcher.
	 * @param responses the answer to the request of each zero-based arrival index
	 */
	public ArrivalRecordingDispatcher(IntFunction<MockResponse> responses) {
		this.responses = responses;
	}

	/**
	 * Create a dispatcher answering every request with 200 and an empty JSON object.
	 * @return the dispatcher
	 */
	public static ArrivalRecordingDispatcher alwaysOk() {
		return new ArrivalRecordingDispatcher((index) -> json(200, "{\"success\":true,\"data\":{}}"));
	}

	/**
	 * Return a JSON answer.
	 * @param code the status code
	 * @param body the body
	 * @return the answer
	 */
	public static MockResponse json(int code, String body) {
		return LoopbackCocoonmail.answer(code, body).build();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		this.arrivals.add(System.nanoTime());
		return this.responses.apply(this.count.getAndIncrement());
	}

	/**
	 * Return the arrival times in nanoseconds, in arrival order.
	 * @return the arrival times
	 */
	public List<Long> arrivals() {
		synchronized (this.arrivals) {
			return List.copyOf(this.arrivals);
		}
	}

	/**
	 * Return the largest number of arrivals in any sliding window of the given length.
	 * @param window the window length
	 * @return the largest count
	 */
	public int maxInAnyWindow(Duration window) {
		List<Long> sorted = new ArrayList<>(arrivals());
		Collections.sort(sorted);
		int max = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (sorted.get(end) - sorted.get(start) >= window.toNanos()) {
				start++;
			}
			max = Math.max(max, end - start + 1);
		}
		return max;
	}

}
