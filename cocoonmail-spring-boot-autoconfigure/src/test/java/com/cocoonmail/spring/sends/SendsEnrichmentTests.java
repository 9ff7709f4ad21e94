package com.cocoonmail.spring.sends;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.cocoonmail.spring.autoconfigure.CocoonmailSendsAutoConfiguration;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import com.cocoonmail.spring.test.MovableClock;
import com.cocoonmail.spring.webhook.CocoonmailWebhookEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the enrichment of sends by webhooks ({@link SendsWebhookListener}), by
 * {@link CocoonmailSends#refresh} and for the retention purge.
 *
 * @author Cocoonmail Team
 */
class SendsEnrichmentTests {

	private static final Instant T0 = SendStoreContractTests.T0;

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	private final MovableClock clock = new MovableClock(T0.plusSeconds(60));

	private ApplicationContextRunner runner() {
		return this.cocoonmail.contextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailSendsAutoConfiguration.class))
			.withBean(java.time.Clock.class, () -> this.clock);
	}

	private static Send stored(ApplicationContext context) {
		SendStore store = context.getBean(SendStore.class);
		store.add(List.of(SendStoreContractTests.send(1, "ada@example.com")));
		return store.find("send-001").orElseThrow();
	}

	private static CocoonmailWebhookEvent event(String type, Instant at) {
		return new CocoonmailWebhookEvent("receiver", type, at, "message-1", "contact-ada", "ada@example.com", "{}");
	}

	private static Send reload(ApplicationContext context) {
		return context.getBean(SendStore.class).find("send-001").orElseThrow();
	}

	@Test
	void opensAndClicksAreCountedAndTimedAndProveDelivery() {
		runner().run((context) -> {
			stored(context);
			context.publishEvent(event("email.sent", T0.plusSeconds(2)));
			context.publishEvent(event("email.opened", T0.plusSeconds(20)));
			context.publishEvent(event("email.opened", T0.plusSeconds(10)));
			context.publishEvent(event("email.clicked", T0.plusSeconds(30)));
			Send send = reload(context);
			assertThat(send.subscriberUuid()).isEqualTo("contact-ada");
			assertThat(send.openCount()).isEqualTo(2);
			assertThat(send.firstOpenedAt()).isEqualTo(T0.plusSeconds(10));
			assertThat(send.lastOpenedAt()).isEqualTo(T0.plusSeconds(20));
			assertThat(send.clickCount()).isOne();
			assertThat(send.firstClickedAt()).isEqualTo(T0.plusSeconds(30));
			assertThat(send.lastClickedAt()).isEqualTo(T0.plusSeconds(30));
			assertThat(send.deliveredAt()).isEqualTo(T0.plusSeconds(20));
			assertThat(send.sentAt()).isEqualTo(T0.plusSeconds(1));
			assertThat(send.updatedAt()).isEqualTo(T0.plusSeconds(60));
		});
	}

	@Test
	void aBounceMarksTheSendFailed() {
		runner().run((context) -> {
			stored(context);
			context.publishEvent(event("email.bounced", T0.plusSeconds(5)));
			Send send = reload(context);
			assertThat(send.bouncedAt()).isEqualTo(T0.plusSeconds(5));
			assertThat(send.failedAt()).isEqualTo(T0.plusSeconds(5));
			assertThat(send.failureReason()).isEqualTo(SendEnrichment.BOUNCED);
		});
	}

	@Test
	void otherEventsAndOtherMessagesChangeNothing() {
		runner().run((context) -> {
			Send before = stored(context);
			context.publishEvent(event("contact.updated", T0.plusSeconds(5)));
			context.publishEvent(
					new CocoonmailWebhookEvent("receiver", "email.opened", T0, "other-message", null, null, "{}"));
			assertThat(reload(context)).isEqualTo(before);
		});
	}

	@Test
	void refreshStoresWhatGetMailStatusTells() {
		runner().run((context) -> {
			stored(context);
			this.cocoonmail.respondWithResource(200, "mail-status-response.json");
			Send send = context.getBean(CocoonmailSends.class).refresh("send-001").block(Duration.ofSeconds(30));
			assertThat(this.cocoonmail.takeRequest().getUrl().queryParameter("message_id")).isEqualTo("message-1");
			assertThat(send).isEqualTo(reload(context));
			assertThat(send.openCount()).isEqualTo(3);
			assertThat(send.clickCount()).isEqualTo(2);
			assertThat(send.deliveredAt()).isEqualTo("2026-03-20T10:16:05Z");
			assertThat(send.firstOpenedAt()).isEqualTo("2026-03-20T10:17:10Z");
			assertThat(send.firstClickedAt()).isEqualTo("2026-03-20T10:18:25Z");
			assertThat(send.bouncedAt()).isNull();
			assertThat(send.failedAt()).isNull();
		});
	}

	@Test
	void refreshOfAnUnknownSendIsEmpty() {
		runner().run((context) -> assertThat(
				context.getBean(CocoonmailSends.class).refresh("nope").blockOptional(LoopbackCocoonmail.TIMEOUT))
			.isEmpty());
	}

	@Test
	void retentionPurgesOnlyTheSendsOlderThanIt() {
		runner().withPropertyValues("cocoonmail.sends.retention=1h").run((context) -> {
			SendStore store = context.getBean(SendStore.class);
			store.add(List.of(SendStoreContractTests.send(1, "old@example.com"),
					SendStoreContractTests.send(1800, "new@example.com")));
			SendsRetention retention = context.getBean(SendsRetention.class);
			assertThat(retention.isRunning()).isTrue();
			assertThat(retention.interval()).isEqualTo(Duration.ofMinutes(6));
			assertThat(retention.purge()).isZero();
			this.clock.move(Duration.ofMinutes(61));
			assertThat(retention.purge()).isOne();
			assertThat(store.find("send-001")).isEmpty();
			assertThat(store.find("send-1800")).isPresent();
		});
	}

}
