package com.cocoonmail.emulator;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A failure the emulator injects instead of, or before, its normal answer.
 *
 * @param kind what happens
 * @param answer the answer given instead, for {@link Kind#ANSWER}
 * @param delay how long the answer is held, for {@link Kind#DELAY}
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record EmulatorFault(Kind kind, @Nullable EmulatorAnswer answer, Duration delay) {

	/**
	 * Answer with this status and a Cocoonmail error body.
	 * @param status the status
	 * @return the fault
	 */
	public static EmulatorFault status(int status) {
		return answer(EmulatorAnswer.error(status, "Injected failure " + status));
	}

	/**
	 * Answer with this status, body and headers.
	 * @param status the status
	 * @param body the body, sent as is
	 * @param headers further headers, such as {@code Retry-After}
	 * @return the fault
	 */
	public static EmulatorFault status(int status, String body, Map<String, String> headers) {
		return answer(new EmulatorAnswer(status, Map.copyOf(headers), body));
	}

	/**
	 * Answer {@code 429} with {@code Retry-After}, as Cocoonmail's limit does.
	 * @param retryAfterSeconds the {@code Retry-After} value
	 * @return the fault
	 */
	public static EmulatorFault rateLimited(int retryAfterSeconds) {
		return answer(EmulatorAnswer.error(429, "Too many requests/ Rate limit exceeded")
			.withHeader("Retry-After", String.valueOf(retryAfterSeconds))
			.withHeader("x-ratelimit-remaining", "0"));
	}

	/**
	 * Answer {@code 200} with a body that is not JSON.
	 * @return the fault
	 */
	public static EmulatorFault malformedBody() {
		return answer(new EmulatorAnswer(200, Map.of(), "{\"success\": tru"));
	}

	/**
	 * Hold the normal answer for a while.
	 * @param delay how long
	 * @return the fault
	 */
	public static EmulatorFault delay(Duration delay) {
		return new EmulatorFault(Kind.DELAY, null, delay);
	}

	/**
	 * Reset the connection without answering.
	 * @return the fault
	 */
	public static EmulatorFault reset() {
		return new EmulatorFault(Kind.RESET, null, Duration.ZERO);
	}

	private static EmulatorFault answer(EmulatorAnswer answer) {
		return new EmulatorFault(Kind.ANSWER, answer, Duration.ZERO);
	}

	/**
	 * What a fault does.
	 */
	public enum Kind {

		/**
		 * Answer with another answer.
		 */
		ANSWER,

		/**
		 * Hold the normal answer.
		 */
		DELAY,

		/**
		 * Reset the connection.
		 */
		RESET

	}

}
