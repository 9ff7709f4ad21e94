package com.cocoonmail.spring.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.cocoonmail.spring.client.model.SendEventRequest;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the events of one name sent, each step narrowing them down: a failure
 * says which events were sent instead.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class SentEventsAssert extends AbstractAssert<SentEventsAssert, List<SendEventRequest>> {

	SentEventsAssert(List<SendEventRequest> events) {
		super(events, SentEventsAssert.class);
	}

	/**
	 * Narrow down to the events for this contact (ignoring case).
	 * @param email the contact's address
	 * @return assertions on those events
	 */
	public SentEventsAssert to(String email) {
		return narrow((event) -> email.equalsIgnoreCase(event.email()), "an event for <" + email + ">");
	}

	/**
	 * Narrow down to the events whose {@code event_attribute} has this value.
	 * @param name the attribute name
	 * @param value the value
	 * @return assertions on those events
	 */
	public SentEventsAssert withAttribute(String name, Object value) {
		return narrow(
				(event) -> event.eventAttribute() != null && Objects.equals(event.eventAttribute().get(name), value),
				"an event with event_attribute " + name + "=<" + value + ">");
	}

	/**
	 * Assert how many of the events narrowed down to were sent.
	 * @param count the expected number
	 * @return this
	 */
	public SentEventsAssert times(int count) {
		if (this.actual.size() != count) {
			failWithMessage("Expected %s such event(s), but %s were sent: %s", count, this.actual.size(),
					describe(this.actual));
		}
		return this;
	}

	/**
	 * Return the only event narrowed down to, for further assertions.
	 * @return the event
	 */
	public SendEventRequest single() {
		times(1);
		return this.actual.get(0);
	}

	private SentEventsAssert narrow(Predicate<SendEventRequest> condition, String expectation) {
		List<SendEventRequest> matching = this.actual.stream().filter(condition).toList();
		if (matching.isEmpty()) {
			failWithMessage("Expected %s, but the events sent were %s", expectation, describe(this.actual));
		}
		return new SentEventsAssert(matching);
	}

	static List<String> describe(List<SendEventRequest> events) {
		return events.stream().map((event) -> {
			Map<String, Object> attributes = (event.eventAttribute() != null) ? event.eventAttribute() : Map.of();
			return event.eventName() + " for " + event.email() + (attributes.isEmpty() ? "" : " with " + attributes);
		}).toList();
	}

}
