package com.cocoonmail.spring.webhook.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many request body bytes the application pulled from the server, counted by a filter
 * between the server and the receiver.
 *
 * @author Cocoonmail Team
 */
class BodyBytesRead {

	private final AtomicLong bytes = new AtomicLong();

	void add(long count) {
		this.bytes.addAndGet(count);
	}

	long get() {
		return this.bytes.get();
	}

	void reset() {
		this.bytes.set(0);
	}

}
