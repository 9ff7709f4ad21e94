package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.List;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DeliveryQueue}.
 *
 * @author Cocoonmail Team
 */
class DeliveryQueueTests {

	private final DeliveryQueue queue = new DeliveryQueue(4);

	@Test
	void deliveryForBusyRecipientWaitsUntilTheEarlierOneIsDone() {
		Delivery first = event("Ann@Example.com", "first");
		Delivery other = event("bob@example.com", "other");
		Delivery second = event("ann@example.com", "second");
		this.queue.offer(List.of(first, other, second));
		assertThat(this.queue.poll()).isSameAs(first);
		assertThat(this.queue.poll()).isSameAs(other);
		assertThat(this.queue.poll()).isNull();
		this.queue.done(first);
		assertThat(this.queue.poll()).isSameAs(second);
	}

	@Test
	void mailToSeveralRecipientsWaitsForEachOfThem() {
		Delivery ann = event("ann@example.com", "ann");
		Delivery bob = event("bob@example.com", "bob");
		Delivery both = mail("ann@example.com", "bob@example.com");
		Delivery later = event("bob@example.com", "later");
		this.queue.offer(List.of(ann, bob, both, later));
		assertThat(this.queue.poll()).isSameAs(ann);
		assertThat(this.queue.poll()).isSameAs(bob);
		this.queue.done(ann);
		this.queue.done(bob);
		assertThat(this.queue.poll()).isSameAs(both);
		this.queue.done(both);
		assertThat(this.queue.poll()).isSameAs(later);
	}

	@Test
	void offerBeyondCapacityQueuesNothing() {
		this.queue
			.offer(List.of(event("a@example.com", "1"), event("b@example.com", "2"), event("c@example.com", "3")));
		assertThatExceptionOfType(CocoonmailQueueFullException.class)
			.isThrownBy(() -> this.queue.offer(List.of(event("d@example.com", "4"), event("e@example.com", "5"))));
		assertThat(this.queue.close()).hasSize(3);
	}

	@Test
	void takenDeliveriesDoNotCountAgainstTheCapacity() {
		this.queue.offer(List.of(event("a@example.com", "1"), event("b@example.com", "2"), event("c@example.com", "3"),
				event("d@example.com", "4")));
		this.queue.poll();
		this.queue.offer(List.of(event("e@example.com", "5")));
		assertThat(this.queue.close()).hasSize(4);
	}

	@Test
	void closeReturnsWaitingDeliveriesInPublishOrderAndStopsWorkers() {
		Delivery first = event("ann@example.com", "first");
		Delivery second = event("ann@example.com", "second");
		Delivery third = event("bob@example.com", "third");
		this.queue.offer(List.of(first, second, third));
		assertThat(this.queue.poll()).isSameAs(first);
		assertThat(this.queue.drain(Duration.ZERO)).isFalse();
		assertThat(this.queue.close()).containsExactly(second, third);
		this.queue.done(first);
		assertThat(this.queue.poll()).isNull();
	}

	@Test
	void drainSucceedsOnceEverythingIsDone() {
		Delivery only = event("ann@example.com", "only");
		this.queue.offer(List.of(only));
		this.queue.done(this.queue.poll());
		assertThat(this.queue.drain(Duration.ZERO)).isTrue();
	}

	private static Delivery event(String email, String name) {
		SendEventRequest request = SendEventRequest.of(name, email);
		return Delivery.of(request, request);
	}

	private static Delivery mail(String... emails) {
		SendMailRequest.Builder builder = SendMailRequest.builder().transactionalId("welcome");
		for (String email : emails) {
			builder.to(email);
		}
		SendMailRequest request = builder.build();
		return Delivery.of(request, request);
	}

}
