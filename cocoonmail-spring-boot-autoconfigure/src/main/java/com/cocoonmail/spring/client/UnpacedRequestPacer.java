package com.cocoonmail.spring.client;

import reactor.core.publisher.Mono;

/**
 * A {@link CocoonmailRequestPacer} that lets every request through at once.
 *
 * @author Cocoonmail Team
 */
final class UnpacedRequestPacer implements CocoonmailRequestPacer {

	static final UnpacedRequestPacer INSTANCE = new UnpacedRequestPacer();

	private UnpacedRequestPacer() {
	}

	@Override
	public <T> Mono<T> pace(Mono<T> attempt) {
		return attempt;
	}

}
