package com.cocoonmail.benchmarks.server;

import org.jspecify.annotations.Nullable;

/**
 * What a loopback server answers to one request.
 *
 * @param accepted whether the request is accepted ({@code 201}) or refused ({@code 429})
 * @param remaining the {@code x-ratelimit-remaining} header
 * @param retryAfterSeconds the {@code Retry-After} header of a refusal, if any
 * @author Cocoonmail Team
 */
public record Admission(boolean accepted, int remaining, @Nullable Integer retryAfterSeconds) {

	static Admission accept(int remaining) {
		return new Admission(true, Math.max(0, remaining), null);
	}

	static Admission refuse(@Nullable Integer retryAfterSeconds) {
		return new Admission(false, 0, retryAfterSeconds);
	}

}
