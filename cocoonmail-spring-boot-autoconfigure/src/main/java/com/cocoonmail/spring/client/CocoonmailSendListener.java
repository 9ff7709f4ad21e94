package com.cocoonmail.spring.client;

import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import reactor.core.publisher.Mono;

/**
 * Told of every mail the client sent or failed to send for good (after its retries), once
 * the request passed validation. The call completes only once the returned {@link Mono}
 * completes; a listener that fails is logged and never fails the call. The sends ledger
 * is one.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public interface CocoonmailSendListener {

	/**
	 * A listener that does nothing.
	 */
	CocoonmailSendListener NONE = new CocoonmailSendListener() {
	};

	/**
	 * Called when Cocoonmail accepted a {@code sendMail} request.
	 * @param request the request, as the application made it
	 * @param response the response Cocoonmail gave
	 * @return completes when the listener is done
	 */
	default Mono<Void> mailSent(SendMailRequest request, SendMailResponse response) {
		return Mono.empty();
	}

	/**
	 * Called when a {@code sendMail} request failed for good.
	 * @param request the request, as the application made it
	 * @param failure the failure the caller gets
	 * @return completes when the listener is done
	 */
	default Mono<Void> mailFailed(SendMailRequest request, Throwable failure) {
		return Mono.empty();
	}

	/**
	 * Called when Cocoonmail accepted a {@code sendDirectMail} request.
	 * @param request the request, as the application made it
	 * @param response the response Cocoonmail gave
	 * @return completes when the listener is done
	 */
	default Mono<Void> directMailSent(SendDirectRequest request, SendDirectResponse response) {
		return Mono.empty();
	}

	/**
	 * Called when a {@code sendDirectMail} request failed for good.
	 * @param request the request, as the application made it
	 * @param failure the failure the caller gets
	 * @return completes when the listener is done
	 */
	default Mono<Void> directMailFailed(SendDirectRequest request, Throwable failure) {
		return Mono.empty();
	}

}
