package com.cocoonmail.spring.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventMapper}.
 *
 * @author Cocoonmail Team
 */
class EventMapperTests {

	private final List<Object> published = new ArrayList<>();

	private final EventMapper mapper = new EventMapper(
			new DeliveryReporter(this.published::add, CocoonmailDeliveryListener.NONE));

	@Test
	void annotatedObjectMapsToEventThenMailForItsRecipient() {
		List<Delivery> deliveries = this.mapper.map(new UserSignedUp("Ann@Example.com", "Ann", "pro"));
		assertThat(deliveries).extracting(Delivery::kind)
			.containsExactly(CocoonmailDeliveryKind.EVENT, CocoonmailDeliveryKind.MAIL);
		assertThat(deliveries)
			.allSatisfy((delivery) -> assertThat(delivery.recipients()).containsExactly("ann@example.com"));
		assertThat(deliveries.get(0).request()).isInstanceOfSatisfying(SendEventRequest.class,
				(request) -> assertThat(request.eventAttribute()).containsExactly(entry("plan", "pro"),
						entry("source", "web")));
		assertThat(this.published).isEmpty();
	}

	@Test
	void recipientsMayBeAnArrayOfEmailsAndRecipients() {
		List<Delivery> deliveries = this.mapper
			.map(new Team(new Object[] { "ann@example.com", Recipient.of("bob@example.com") }));
		assertThat(deliveries).singleElement()
			.satisfies((delivery) -> assertThat(delivery.recipients()).containsExactly("ann@example.com",
					"bob@example.com"))
			.extracting(Delivery::request)
			.isInstanceOfSatisfying(SendMailRequest.class,
					(request) -> assertThat(request.to()).extracting(Recipient::email)
						.containsExactly("ann@example.com", "bob@example.com"));
	}

	@Test
	void recipientsOfAnotherTypeAreAMappingFailure() {
		assertThat(this.mapper.map(new Team(new Object[] { 42 }))).isEmpty();
		assertThat(failure().getCause()).hasMessageContaining("to = \"members\"")
			.hasMessageContaining("java.lang.Integer");
	}

	@Test
	void expressionsCannotReachTypes() {
		assertThat(this.mapper.map(new Sneaky("ann@example.com"))).isEmpty();
		assertThat(failure().getCause()).isInstanceOf(CocoonmailException.class).hasMessageContaining("EL1005E");
	}

	@Test
	void expressionThatDoesNotParseFailsEveryMappingOfTheClass() {
		assertThat(this.mapper.map(new Unparsable("ann@example.com"))).isEmpty();
		assertThat(this.mapper.map(new Unparsable("bob@example.com"))).isEmpty();
		assertThat(this.published).hasSize(2)
			.allSatisfy((event) -> assertThat(((CocoonmailDeliveryFailedEvent) event).getCause())
				.hasMessageContaining("attributes = \"{'plan': \""));
	}

	@Test
	void attributesThatAreNotAMapAreAMappingFailure() {
		assertThat(this.mapper.map(new NotAMap("ann@example.com"))).isEmpty();
		assertThat(failure().getCause()).hasMessageContaining("expected a map");
	}

	@Test
	void unannotatedObjectMapsToNothing() {
		assertThat(this.mapper.map("text")).isEmpty();
		assertThat(this.published).isEmpty();
	}

	private CocoonmailDeliveryFailedEvent failure() {
		assertThat(this.published).singleElement().isInstanceOf(CocoonmailDeliveryFailedEvent.class);
		return (CocoonmailDeliveryFailedEvent) this.published.get(0);
	}

	private static Map.Entry<String, Object> entry(String key, Object value) {
		return Map.entry(key, value);
	}

	@CocoonmailMail(transactionalId = "team", to = "members")
	record Team(Object[] members) {

	}

	@CocoonmailEvent(name = "sneaky", email = "email", attributes = "{'runtime': T(java.lang.Runtime).getRuntime()}")
	record Sneaky(String email) {

	}

	@CocoonmailEvent(name = "unparsable", email = "email", attributes = "{'plan': ")
	record Unparsable(String email) {

	}

	@CocoonmailEvent(name = "not-a-map", email = "email", attributes = "email")
	record NotAMap(String email) {

	}

}
