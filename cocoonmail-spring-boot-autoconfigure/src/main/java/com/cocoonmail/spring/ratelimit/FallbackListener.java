package com.cocoonmail.spring.ratelimit;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailPacingListener;

/**
 * Passes on the local fallback's denied permits only: grants are reported by the shared
 * pacer when the call is really sent, and the pauses it sets are not 429s.
 *
 * @author Cocoonmail Team
 */
final class FallbackListener implements CocoonmailPacingListener {

	private final CocoonmailPacingListener delegate;

	FallbackListener(CocoonmailPacingListener delegate) {
		this.delegate = delegate;
	}

	@Override
	public void permitDenied(Duration wait) {
		this.delegate.permitDenied(wait);
	}

}
