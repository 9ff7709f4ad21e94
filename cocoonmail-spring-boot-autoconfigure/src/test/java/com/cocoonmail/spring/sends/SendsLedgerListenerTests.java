package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.List;

import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailException;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import com.cocoonmail.spring.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SendsLedgerListener}: sends made directly through the client become
 * one send per recipient.
 *
 * @author Cocoonmail Team
 */
class SendsLedgerListenerTests {

	private static final Instant NOW = Instant.parse("2026-03-20T10:15:30.123456789Z");

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	private final MemorySendStore store = new MemorySendStore();

	private CocoonmailClient client() {
		return this.cocoonmail.clientBuilder()
			.sendListener(new SendsLedgerListener(this.store, new MovableClock(NOW)))
			.build();
	}

	private List<Send> sendsOldestFirst() {
		return this.store.list(SendQuery.builder().sort(SendSort.OLDEST_FIRST).build()).sends();
	}

	@Test
	void aSentMailIsOneSendPerRecipientSharingOneLogItem() {
		this.cocoonmail.respond(201,
				"""
						{"success": true, "failed_recipients": [],
						 "report": [{"to": "bob@example.com", "message_id": "m-bob"}, {"to": "Ada@Example.com", "message_id": "m-ada"}]}
						""");
		client()
			.sendMail(SendMailRequest.builder()
				.transactionalId("welcome")
				.to("ada@example.com")
				.to("bob@example.com")
				.cc("carol@example.com")
				.build())
			.block(LoopbackCocoonmail.TIMEOUT);
		List<Send> sends = sendsOldestFirst();
		assertThat(sends).extracting(Send::email)
			.containsExactlyInAnyOrder("ada@example.com", "bob@example.com", "carol@example.com");
		assertThat(sends).extracting(Send::transactionalMailLogItemUuid)
			.containsOnly(sends.get(0).transactionalMailLogItemUuid());
		assertThat(sends).extracting(Send::uuid).doesNotHaveDuplicates();
		assertThat(sends).allSatisfy((send) -> {
			assertThat(send.transactionalId()).isEqualTo("welcome");
			assertThat(send.sentAt()).isEqualTo("2026-03-20T10:15:30.123456Z");
			assertThat(send.failedAt()).isNull();
			assertThat(send.campaignUuid()).isNull();
			assertThat(send.automationMailUuid()).isNull();
		});
		assertThat(byEmail(sends, "ada@example.com").transportMessageId()).isEqualTo("m-ada");
		assertThat(byEmail(sends, "bob@example.com").transportMessageId()).isEqualTo("m-bob");
		assertThat(byEmail(sends, "carol@example.com").transportMessageId()).isNull();
	}

	@Test
	void messageIdsWithoutAddressesAreMatchedByPosition() {
		this.cocoonmail.respond(201, """
				{"success": true, "report": [{"message_id": "m-1"}, {"message_id": "m-2"}]}
				""");
		client()
			.sendMail(SendMailRequest.builder()
				.transactionalId("welcome")
				.to("ada@example.com")
				.to("bob@example.com")
				.build())
			.block(LoopbackCocoonmail.TIMEOUT);
		assertThat(byEmail(sendsOldestFirst(), "ada@example.com").transportMessageId()).isEqualTo("m-1");
		assertThat(byEmail(sendsOldestFirst(), "bob@example.com").transportMessageId()).isEqualTo("m-2");
	}

	@Test
	void aRecipientCocoonmailReportsAsFailedIsAFailedSend() {
		this.cocoonmail.respond(201, """
				{"success": true, "failed_emails": ["bob@example.com"],
				 "report": [{"to": "ada@example.com", "message_id": "m-ada"}]}
				""");
		client()
			.sendMail(SendMailRequest.builder()
				.transactionalId("welcome")
				.to("ada@example.com")
				.to("bob@example.com")
				.build())
			.block(LoopbackCocoonmail.TIMEOUT);
		Send bob = byEmail(sendsOldestFirst(), "bob@example.com");
		assertThat(bob.failedAt()).isNotNull();
		assertThat(bob.failureReason()).isEqualTo(SendRecorder.REPORTED_FAILED);
		assertThat(bob.sentAt()).isNull();
		assertThat(bob.transportMessageId()).isNull();
	}

	@Test
	void aMailThatFailedForGoodIsAFailedSendPerRecipient() {
		this.cocoonmail.respond(400, """
				{"success": false, "message": "transactional_id is unknown"}
				""");
		assertThatExceptionOfType(CocoonmailException.class).isThrownBy(
				() -> client()
					.sendMail(SendMailRequest.builder()
						.transactionalId("nope")
						.to(Recipient.of("ada@example.com"))
						.cc("bob@example.com")
						.build())
					.block(LoopbackCocoonmail.TIMEOUT));
		List<Send> sends = sendsOldestFirst();
		assertThat(sends).hasSize(2).allSatisfy((send) -> {
			assertThat(send.failedAt()).isEqualTo("2026-03-20T10:15:30.123456Z");
			assertThat(send.failureReason()).contains("400").contains("transactional_id is unknown");
			assertThat(send.sentAt()).isNull();
			assertThat(send.transportMessageId()).isNull();
			assertThat(send.transactionalId()).isEqualTo("nope");
		});
		assertThat(sends.get(0).failureReason()).doesNotContain(LoopbackCocoonmail.API_KEY);
	}

	@Test
	void aDirectMailIsOneSendPerRecipientWithoutMessageIds() {
		this.cocoonmail.respond(201, """
				{"success": true, "sent_recipients": ["ada@example.com"], "failed_recipients": ["bob@example.com"],
				 "invalid_recipients": ["nobody@example.org"]}
				""");
		client()
			.sendDirectMail(SendDirectRequest.builder()
				.sender("team@example.com")
				.subject("Hi")
				.emailContent("<p>Hi</p>")
				.to("ada@example.com")
				.to("bob@example.com")
				.to("nobody@example.org")
				.build())
			.block(LoopbackCocoonmail.TIMEOUT);
		List<Send> sends = sendsOldestFirst();
		assertThat(sends).hasSize(3).allSatisfy((send) -> {
			assertThat(send.transportMessageId()).isNull();
			assertThat(send.transactionalId()).isNull();
		});
		assertThat(byEmail(sends, "ada@example.com").sentAt()).isNotNull();
		assertThat(byEmail(sends, "bob@example.com").failureReason()).isEqualTo(SendRecorder.REPORTED_FAILED);
		assertThat(byEmail(sends, "nobody@example.org").failureReason()).isEqualTo(SendRecorder.REPORTED_INVALID);
	}

	@Test
	void aDirectMailThatFailedForGoodIsAFailedSend() {
		this.cocoonmail.respond(403, """
				{"success": false, "message": "temporarily blocked"}
				""");
		assertThatExceptionOfType(CocoonmailException.class).isThrownBy(
				() -> client()
					.sendDirectMail(SendDirectRequest.builder()
						.sender("team@example.com")
						.subject("Hi")
						.emailContent("<p>Hi</p>")
						.to(Recipient.of("ada@example.com"))
						.build())
					.block(LoopbackCocoonmail.TIMEOUT));
		assertThat(sendsOldestFirst()).singleElement().satisfies((send) -> {
			assertThat(send.failedAt()).isNotNull();
			assertThat(send.failureReason()).contains("403");
		});
	}

	private static Send byEmail(List<Send> sends, String email) {
		return sends.stream().filter((send) -> email.equals(send.email())).findFirst().orElseThrow();
	}

}
