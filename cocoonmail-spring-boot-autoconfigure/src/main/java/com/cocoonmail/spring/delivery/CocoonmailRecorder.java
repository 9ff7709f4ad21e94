package com.cocoonmail.spring.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.EmulatorEndpoint;
import com.cocoonmail.emulator.EmulatorRequest;
import com.cocoonmail.emulator.InMemoryCocoonmail;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.event.CocoonmailEventBridge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Keeps every request of {@code cocoonmail.delivery.mode=capture} in memory and answers
 * it as Cocoonmail would (message ids, statuses, quotas, contacts), so that nothing
 * leaves the JVM, no key is needed, and the client's pipeline, the event bridge and the
 * sends ledger behave as in production. Read what was sent with {@link #mails()},
 * {@link #events()} and the others, after {@link #flush()} when the event bridge sent it.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailRecorder {

	/**
	 * How long {@link #flush()} waits for the event bridge.
	 */
	public static final Duration DEFAULT_FLUSH_TIMEOUT = Duration.ofSeconds(30);

	private final InMemoryCocoonmail cocoonmail = new InMemoryCocoonmail();

	private final ObjectProvider<CocoonmailEventBridge> bridges;

	/**
	 * Create a recorder.
	 * @param bridges the event bridges whose work {@link #flush()} waits for
	 */
	public CocoonmailRecorder(ObjectProvider<CocoonmailEventBridge> bridges) {
		this.bridges = bridges;
	}

	ExchangeFunction exchangeFunction() {
		return new InMemoryExchange(this.cocoonmail, false);
	}

	/**
	 * Wait until the event bridge has sent everything published so far and published its
	 * outcomes, for up to {@link #DEFAULT_FLUSH_TIMEOUT}.
	 * @throws IllegalStateException if the bridge is still busy then
	 */
	public void flush() {
		flush(DEFAULT_FLUSH_TIMEOUT);
	}

	/**
	 * Wait until the event bridge has sent everything published so far and published its
	 * outcomes.
	 * @param timeout the longest time to wait
	 * @throws IllegalStateException if the bridge is still busy then
	 */
	public void flush(Duration timeout) {
		this.bridges.orderedStream().forEach((bridge) -> {
			if (!bridge.awaitIdle(timeout)) {
				throw new IllegalStateException("The Cocoonmail event bridge was still sending after " + timeout);
			}
		});
	}

	/**
	 * Return the transactional mails accepted, in the order they were sent.
	 * @return the mails, as sent on the wire
	 */
	public List<SendMailRequest> mails() {
		return read(EmulatorEndpoint.SEND_MAIL, SendMailRequest.class);
	}

	/**
	 * Return the direct mails accepted, in the order they were sent.
	 * @return the mails, as sent on the wire
	 */
	public List<SendDirectRequest> directMails() {
		return read(EmulatorEndpoint.SEND_DIRECT_MAIL, SendDirectRequest.class);
	}

	/**
	 * Return the events accepted, in the order they were sent.
	 * @return the events, as sent on the wire
	 */
	public List<SendEventRequest> events() {
		return read(EmulatorEndpoint.SEND_EVENT, SendEventRequest.class);
	}

	/**
	 * Return the WhatsApp messages accepted, in the order they were sent.
	 * @return the messages, as sent on the wire
	 */
	public List<SendWhatsAppRequest> whatsAppMessages() {
		return read(EmulatorEndpoint.SEND_WHATSAPP, SendWhatsAppRequest.class);
	}

	/**
	 * Return every request, refused ones included, in the order they were made, without
	 * the API key.
	 * @return the requests
	 */
	public List<EmulatorRequest> requests() {
		return this.cocoonmail.received();
	}

	/**
	 * Return the in-memory workspace that answers, to read its contacts or statuses or to
	 * add mailing lists and custom fields.
	 * @return the workspace
	 */
	public InMemoryCocoonmail cocoonmail() {
		return this.cocoonmail;
	}

	/**
	 * Forget everything recorded, for example between tests.
	 */
	public void clear() {
		this.cocoonmail.clear();
	}

	private <T> List<T> read(EmulatorEndpoint endpoint, Class<T> type) {
		List<Map<String, Object>> bodies = this.cocoonmail.accepted(endpoint);
		return bodies.stream().map((body) -> WireRecipients.JSON.convertValue(body, type)).toList();
	}

	@Override
	public String toString() {
		return "CocoonmailRecorder[" + this.cocoonmail.received().size() + " requests]";
	}

}
