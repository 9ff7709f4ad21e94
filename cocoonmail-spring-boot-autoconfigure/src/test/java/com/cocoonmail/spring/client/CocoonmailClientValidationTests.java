package com.cocoonmail.spring.client;

import java.util.function.Function;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.Attachment;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.WhatsAppRecipient;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the input validation of {@link CocoonmailClient}: bad input fails with
 * {@link CocoonmailValidationException} and nothing reaches the server.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientValidationTests {

	@RegisterExtension
	final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void invalidInputFailsNamingFieldAndSendsNothing(String description, String field,
			Function<CocoonmailOperations, Publisher<?>> call) {
		CocoonmailValidationException ex = LoopbackCocoonmail.expectError(call.apply(this.cocoonmail.client()),
				CocoonmailValidationException.class);
		assertThat(ex.problems()).anySatisfy((problem) -> assertThat(problem).startsWith(field + ": "));
		assertThat(ex.getMessage()).contains(field);
		assertThat(ex.isRetryable()).isFalse();
		assertThat(this.cocoonmail.requestCount()).isZero();
	}

	static Stream<Arguments> invalidCalls() {
		return Stream.of(
				invalid("send mail with no mode", "email_content/template_uuid/transactional_id",
						(client) -> client.sendMail(SendMailRequest.builder()
							.sender("sender@example.com")
							.subject("Hi")
							.to("to@example.com")
							.build())),
				invalid("send mail with two modes", "email_content/template_uuid/transactional_id",
						(client) -> client.sendMail(rawMail().transactionalId("welcome").build())),
				invalid("send mail with content and no sender", "sender",
						(client) -> client.sendMail(rawMail().sender(null).build())),
				invalid("send mail with content and no subject", "subject",
						(client) -> client.sendMail(rawMail().subject(" ").build())),
				invalid("send mail with template and no sender", "sender",
						(client) -> client.sendMail(templateMail().sender(null).build())),
				invalid("send mail with template and no subject", "subject",
						(client) -> client.sendMail(templateMail().subject(null).build())),
				invalid("send mail with no recipient", "to",
						(client) -> client.sendMail(SendMailRequest.builder().transactionalId("welcome").build())),
				invalid("send mail to a malformed address", "to[1].email",
						(client) -> client.sendMail(rawMail().to(Recipient.of("not-an-email")).build())),
				invalid("send mail to a recipient without address", "to[1].email",
						(client) -> client.sendMail(rawMail().to(Recipient.builder().name("Bob").build()).build())),
				invalid("send mail from a malformed sender", "sender",
						(client) -> client.sendMail(rawMail().sender("sender@").build())),
				invalid("send mail with a malformed reply-to", "reply_to",
						(client) -> client.sendMail(rawMail().replyTo("reply at example.com").build())),
				invalid("send mail with a malformed cc", "cc[0]",
						(client) -> client.sendMail(rawMail().cc("boss@@example.com").build())),
				invalid("send mail with a bad scheduled_at", "scheduled_at",
						(client) -> client.sendMail(rawMail().scheduledAt("next tuesday").build())),
				invalid("send mail with an attachment without data", "attachments[0].data",
						(client) -> client
							.sendMail(rawMail().attachment(new Attachment("a.pdf", "application/pdf", null)).build())),
				invalid("send no mail", "request", (client) -> client.sendMail(null)),
				invalid("send direct mail with no content", "email_content",
						(client) -> client.sendDirectMail(directMail().emailContent(null).build())),
				invalid("send direct mail with no sender", "sender",
						(client) -> client.sendDirectMail(directMail().sender("").build())),
				invalid("send direct mail with no subject", "subject",
						(client) -> client.sendDirectMail(directMail().subject(null).build())),
				invalid("send direct mail with no recipient", "to",
						(client) -> client.sendDirectMail(SendDirectRequest.builder()
							.emailContent("Hi")
							.sender("sender@example.com")
							.subject("Hi")
							.build())),
				invalid("send direct mail to a malformed address", "to[1].email",
						(client) -> client.sendDirectMail(directMail().to("john.example.com").build())),
				invalid("send direct mail from a malformed sender", "sender",
						(client) -> client.sendDirectMail(directMail().sender("@example.com").build())),
				invalid("send direct mail with a malformed reply-to", "reply_to",
						(client) -> client.sendDirectMail(directMail().replyTo("nobody").build())),
				invalid("send direct mail with a malformed cc", "cc[0]",
						(client) -> client.sendDirectMail(directMail().cc("a b@example.com").build())),
				invalid("send event with no name", "event_name",
						(client) -> client.sendEvent(SendEventRequest.of(" ", "jsmith@example.com"))),
				invalid("send event with no email", "email",
						(client) -> client.sendEvent(SendEventRequest.builder().eventName("signed_up").build())),
				invalid("send event with a malformed email", "email",
						(client) -> client.sendEvent(SendEventRequest.of("signed_up", "jsmith"))),
				invalid("send WhatsApp with no from number", "from_number",
						(client) -> client
							.sendWhatsApp(SendWhatsAppRequest.text("", "Hello").recipient("+910000000001").build())),
				invalid("send WhatsApp template with no name", "content.template_name", (client) -> client.sendWhatsApp(
						SendWhatsAppRequest.template("+910000000000", "", "en").recipient("+910000000001").build())),
				invalid("send WhatsApp template with no language", "content.template_language",
						(client) -> client
							.sendWhatsApp(SendWhatsAppRequest.template("+910000000000", "welcome_template", " ")
								.recipient("+910000000001")
								.build())),
				invalid("send WhatsApp text with no body", "content.body",
						(client) -> client.sendWhatsApp(
								SendWhatsAppRequest.text("+910000000000", "").recipient("+910000000001").build())),
				invalid("send WhatsApp of unknown type", "type",
						(client) -> client.sendWhatsApp(SendWhatsAppRequest.builder()
							.fromNumber("+910000000000")
							.type("video")
							.recipient("+910000000001")
							.build())),
				invalid("send WhatsApp with no recipient", "recipient",
						(client) -> client.sendWhatsApp(SendWhatsAppRequest.text("+910000000000", "Hello").build())),
				invalid("send WhatsApp to a recipient with no number", "recipient[0].whatsapp_number",
						(client) -> client.sendWhatsApp(SendWhatsAppRequest.text("+910000000000", "Hello")
							.recipient(WhatsAppRecipient.builder().firstName("John").build())
							.build())),
				invalid("send WhatsApp to a recipient with a malformed email", "recipient[0].email",
						(client) -> client.sendWhatsApp(SendWhatsAppRequest.text("+910000000000", "Hello")
							.recipient(
									WhatsAppRecipient.builder().whatsappNumber("+910000000001").email("john@").build())
							.build())),
				invalid("create contact with no email", "email",
						(client) -> client.createContact(Contact.builder().userId("u-42").build())),
				invalid("create contact with a malformed email", "email",
						(client) -> client.createContact(Contact.builder().email("bob").build())),
				invalid("update contact with neither email nor user id", "email/user_id",
						(client) -> client.updateContact(Contact.builder().firstName("Bob").build())),
				invalid("update contact with a malformed email", "email",
						(client) -> client.updateContact(Contact.builder().email("bob@").build())),
				invalid("find contacts with neither email nor user id", "email/user_id",
						(client) -> client.findContacts(new ContactLookup(null, null))),
				invalid("find contacts with both email and user id", "email/user_id",
						(client) -> client.findContacts(new ContactLookup("bob@example.com", "u-42"))),
				invalid("find contacts by a malformed email", "email",
						(client) -> client.findContacts(ContactLookup.byEmail("bob"))),
				invalid("delete contact with neither email nor user id", "email/user_id",
						(client) -> client.deleteContact(new ContactLookup("", " "))),
				invalid("delete contact with both email and user id", "email/user_id",
						(client) -> client.deleteContact(new ContactLookup("bob@example.com", "u-42"))),
				invalid("get mail status of a blank message id", "message_id", (client) -> client.getMailStatus(" ")),
				invalid("get mail status of no message id", "message_id", (client) -> client.getMailStatus(null)),
				invalid("get WhatsApp status of a blank message id", "message_id",
						(client) -> client.getWhatsAppStatus("")),
				invalid("verify a malformed email", "email", (client) -> client.verifyEmail("not an email")),
				invalid("verify a blank email", "email", (client) -> client.verifyEmail("")));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		SendMailRequest request = SendMailRequest.builder()
			.sender("bob")
			.replyTo("reply")
			.cc("cc@")
			.scheduledAt("tomorrow")
			.build();
		CocoonmailValidationException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().sendMail(request),
				CocoonmailValidationException.class);
		assertThat(ex.problems()).hasSize(6)
			.anySatisfy((problem) -> assertThat(problem).startsWith("email_content/template_uuid/transactional_id: "))
			.anySatisfy((problem) -> assertThat(problem).startsWith("sender: 'bob'"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("to: "))
			.anySatisfy((problem) -> assertThat(problem).startsWith("reply_to: 'reply'"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("cc[0]: 'cc@'"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("scheduled_at: 'tomorrow'"));
		assertThat(ex.getMessage()).startsWith("Invalid SendMailRequest: ").contains(String.join("; ", ex.problems()));
		assertThat(this.cocoonmail.requestCount()).isZero();
	}

	@Test
	void parameterThatCannotBeWrittenAsJsonFailsBeforeSending() {
		SendMailRequest request = SendMailRequest.builder()
			.transactionalId("welcome")
			.to("ada@example.com")
			.customParameter("unwritable", new Unwritable())
			.build();
		CocoonmailValidationException ex = LoopbackCocoonmail.expectError(this.cocoonmail.client().sendMail(request),
				CocoonmailValidationException.class);
		assertThat(ex.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem).startsWith("request: cannot be written as JSON for sendMail"));
		assertThat(this.cocoonmail.requestCount()).isZero();
	}

	@Test
	void validationHappensOnSubscriptionNotOnCall() {
		Mono<?> mono = this.cocoonmail.client().sendMail(SendMailRequest.builder().build());
		assertThat(mono).isNotNull();
		LoopbackCocoonmail.expectError(mono, CocoonmailValidationException.class);
		assertThat(this.cocoonmail.requestCount()).isZero();
	}

	@Test
	void isoScheduledAtWithOffsetIsAccepted() {
		this.cocoonmail.respondWithResource(201, "send-mail-response.json");
		SendMailRequest request = rawMail().scheduledAt("2026-12-31T23:59:59+01:00").build();
		StepVerifier.create(this.cocoonmail.client().sendMail(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(LoopbackCocoonmail.TIMEOUT);
		assertThat(this.cocoonmail.requestCount()).isOne();
	}

	private static Arguments invalid(String description, String field,
			Function<CocoonmailOperations, Publisher<?>> call) {
		return Arguments.of(description, field, call);
	}

	private static SendMailRequest.Builder rawMail() {
		return addressed(SendMailRequest.builder().emailContent("<p>Hi</p>"));
	}

	private static SendMailRequest.Builder templateMail() {
		return addressed(SendMailRequest.builder().templateUuid("6f1c1b7e-1c1a-4a4f-9a57-1f1f1f1f1f1f"));
	}

	private static SendDirectRequest.Builder directMail() {
		return addressed(SendDirectRequest.builder().emailContent("<p>Hi</p>"));
	}

	private static SendMailRequest.Builder addressed(SendMailRequest.Builder mail) {
		return mail.sender("sender@example.com").subject("Hi").to("to@example.com");
	}

	private static SendDirectRequest.Builder addressed(SendDirectRequest.Builder mail) {
		return mail.sender("sender@example.com").subject("Hi").to("to@example.com");
	}

	/**
	 * A value Jackson cannot write: its only property fails.
	 */
	public static class Unwritable {

		/**
		 * Fail.
		 * @return never
		 */
		public String getValue() {
			throw new IllegalStateException("not writable");
		}

	}

}
