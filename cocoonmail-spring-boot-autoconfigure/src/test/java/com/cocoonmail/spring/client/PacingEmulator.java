package com.cocoonmail.spring.client;

import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorAnswer;
import com.cocoonmail.emulator.EmulatorEndpoint;

/**
 * The emulator as the pacing tests use it: it refuses nothing by itself, so that only the
 * pacer under test keeps to the limit and every arrival is recorded with its time, and it
 * answers the status of any message id, so that status look-ups serve as cheap, retryable
 * reads.
 *
 * @author Cocoonmail Team
 */
public final class PacingEmulator {

	/**
	 * The answer to every status look-up.
	 */
	public static final EmulatorAnswer ANY_STATUS = new EmulatorAnswer(200, Map.of(), "{\"success\":true,\"data\":{}}");

	private PacingEmulator() {
	}

	/**
	 * Start an emulator without a rate limit that answers {@link #ANY_STATUS} to every
	 * status look-up.
	 * @return the running emulator
	 */
	public static CocoonmailEmulator start() {
		CocoonmailEmulator emulator = CocoonmailEmulator.builder().noRateLimit().start();
		emulator.cocoonmail().answerEvery(EmulatorEndpoint.MAIL_STATUS, ANY_STATUS);
		return emulator;
	}

	/**
	 * Return when each request reached the emulator.
	 * @param emulator the emulator
	 * @return the {@link System#nanoTime()} of each arrival, in arrival order
	 */
	public static List<Long> arrivalTimes(CocoonmailEmulator emulator) {
		return emulator.arrivals().stream().map((arrival) -> arrival.request().nanoTime()).toList();
	}

	/**
	 * Return a client builder pointed at the emulator with its key and no retries.
	 * @param emulator the emulator
	 * @return the builder
	 */
	public static CocoonmailClient.Builder clientBuilder(CocoonmailEmulator emulator) {
		return CocoonmailClient.builder()
			.baseUrl(emulator.baseUrl())
			.apiKey(emulator.apiKey())
			.retryPolicy(CocoonmailRetryPolicy.none());
	}

}
