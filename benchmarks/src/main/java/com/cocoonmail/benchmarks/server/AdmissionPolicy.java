package com.cocoonmail.benchmarks.server;

/**
 * Decides, for each request a loopback server receives, whether it is within the limit.
 * Calls are serialized by the server.
 *
 * @author Cocoonmail Team
 */
public interface AdmissionPolicy {

	/**
	 * The limit the servers announce in {@code x-ratelimit-limit}, per second.
	 */
	int LIMIT = 10;

	/**
	 * One second in nanoseconds.
	 */
	long SECOND = 1_000_000_000L;

	/**
	 * Decide on a request.
	 * @param arrivalNanos the {@link System#nanoTime()} the request arrived at
	 * @return the answer
	 */
	Admission admit(long arrivalNanos);

	/**
	 * Return a short description for the results table.
	 * @return the description
	 */
	String description();

}
