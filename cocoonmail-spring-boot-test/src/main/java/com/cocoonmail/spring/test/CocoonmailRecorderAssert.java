package com.cocoonmail.spring.test;

import java.util.List;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.delivery.CocoonmailRecorder;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what a {@link CocoonmailRecorder} holds.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class CocoonmailRecorderAssert extends AbstractAssert<CocoonmailRecorderAssert, CocoonmailRecorder> {

	CocoonmailRecorderAssert(CocoonmailRecorder recorder) {
		super(recorder, CocoonmailRecorderAssert.class);
	}

	/**
	 * Assert that at least one transactional mail was sent, and narrow it down further.
	 * @return assertions on the mails sent
	 */
	public SentMailsAssert sentMail() {
		return new SentMailsAssert(this.actual.mails()).isNotEmptyWith("a transactional mail to have been sent");
	}

	/**
	 * Assert that at least one event with this name was sent, and narrow it down further.
	 * @param eventName the event name
	 * @return assertions on the events of that name
	 */
	public SentEventsAssert sentEvent(String eventName) {
		List<SendEventRequest> events = this.actual.events();
		List<SendEventRequest> named = events.stream().filter((event) -> eventName.equals(event.eventName())).toList();
		if (named.isEmpty()) {
			failWithMessage("Expected an event named <%s> to have been sent, but the events sent were %s", eventName,
					SentEventsAssert.describe(events));
		}
		return new SentEventsAssert(named);
	}

	/**
	 * Assert that no transactional mail was sent.
	 * @return this
	 */
	public CocoonmailRecorderAssert sentNoMail() {
		if (!this.actual.mails().isEmpty()) {
			failWithMessage("Expected no transactional mail, but %s were sent: %s", this.actual.mails().size(),
					SentMailsAssert.describe(this.actual.mails()));
		}
		return this;
	}

	/**
	 * Assert that no event was sent.
	 * @return this
	 */
	public CocoonmailRecorderAssert sentNoEvent() {
		if (!this.actual.events().isEmpty()) {
			failWithMessage("Expected no event, but these were sent: %s",
					SentEventsAssert.describe(this.actual.events()));
		}
		return this;
	}

	/**
	 * Assert that no request at all reached the recorder.
	 * @return this
	 */
	public CocoonmailRecorderAssert sentNothing() {
		if (!this.actual.requests().isEmpty()) {
			failWithMessage("Expected no request to Cocoonmail, but these were made: %s",
					this.actual.requests().stream().map((request) -> request.method() + " " + request.path()).toList());
		}
		return this;
	}

}
