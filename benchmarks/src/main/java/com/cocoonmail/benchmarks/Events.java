package com.cocoonmail.benchmarks;

import com.cocoonmail.spring.client.model.SendEventRequest;

/**
 * The event every figure sends.
 *
 * @author Cocoonmail Team
 */
final class Events {

	static final SendEventRequest SIGNUP = SendEventRequest.builder()
		.eventName("signup")
		.email("user@example.com")
		.attribute("plan", "pro")
		.build();

	private Events() {
	}

}
