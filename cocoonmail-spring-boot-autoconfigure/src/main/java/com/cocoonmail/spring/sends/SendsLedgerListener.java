package com.cocoonmail.spring.sends;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import com.cocoonmail.spring.client.CocoonmailSendListener;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Records every mail the client sent or failed to send for good as one send per
 * recipient. The store is written off the calling thread (a JDBC write must not block an
 * event loop), and the send call completes once the sends are stored.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class SendsLedgerListener implements CocoonmailSendListener {

	private final SendStore store;

	private final SendRecorder recorder;

	/**
	 * Create a listener.
	 * @param store where sends are kept
	 * @param clock the clock sends are timed with
	 */
	public SendsLedgerListener(SendStore store, Clock clock) {
		this.store = store;
		this.recorder = new SendRecorder(clock);
	}

	@Override
	public Mono<Void> mailSent(SendMailRequest request, SendMailResponse response) {
		return record(() -> this.recorder.sent(request, response));
	}

	@Override
	public Mono<Void> mailFailed(SendMailRequest request, Throwable failure) {
		return record(() -> this.recorder.failed(request, failure));
	}

	@Override
	public Mono<Void> directMailSent(SendDirectRequest request, SendDirectResponse response) {
		return record(() -> this.recorder.sent(request, response));
	}

	@Override
	public Mono<Void> directMailFailed(SendDirectRequest request, Throwable failure) {
		return record(() -> this.recorder.failed(request, failure));
	}

	private Mono<Void> record(Supplier<List<Send>> sends) {
		return Mono.fromRunnable(() -> this.store.add(sends.get())).subscribeOn(Schedulers.boundedElastic()).then();
	}

}
