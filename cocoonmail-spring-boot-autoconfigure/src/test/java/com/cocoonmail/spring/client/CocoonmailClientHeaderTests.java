package com.cocoonmail.spring.client;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the headers {@link CocoonmailClient} sends with every operation, for each
 * {@link CocoonmailAuthScheme}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailClientHeaderTests {

	private static final List<Operation> OPERATIONS = List.of(
			new Operation("validateApiKey", "GET", "/webhook/api_key/validate", false,
					CocoonmailOperations::validateApiKey),
			new Operation("sendMail", "POST", "/webhook/mail/send", true,
					(client) -> client
						.sendMail(SendMailRequest.builder().transactionalId("welcome").to("a@example.com").build())),
			new Operation("sendDirectMail", "POST", "/webhook/mail/send-direct", true,
					(client) -> client.sendDirectMail(SendDirectRequest.builder()
						.emailContent("Hi")
						.sender("s@example.com")
						.subject("Hi")
						.to("a@example.com")
						.build())),
			new Operation("getMailStatus", "GET", "/webhook/mail/status", false,
					(client) -> client.getMailStatus("m-1")),
			new Operation("getEmailUsage", "POST", "/webhook/mail/usage", false, CocoonmailOperations::getEmailUsage),
			new Operation("sendEvent", "POST", "/webhook/event/send", true,
					(client) -> client.sendEvent(SendEventRequest.of("signed_up", "a@example.com"))),
			new Operation("verifyEmail", "POST", "/webhook/email/verify", true,
					(client) -> client.verifyEmail("a@example.com")),
			new Operation("sendWhatsApp", "POST", "/webhook/whatsapp_message/send", true,
					(client) -> client.sendWhatsApp(
							SendWhatsAppRequest.text("+910000000000", "Hi").recipient("+910000000001").build())),
			new Operation("getWhatsAppStatus", "GET", "/webhook/whatsapp_message/status", false,
					(client) -> client.getWhatsAppStatus("wamid.1")),
			new Operation("createContact", "POST", "/webhook/contact/create", true,
					(client) -> client.createContact(Contact.builder().email("a@example.com").build())),
			new Operation("updateContact", "POST", "/webhook/contact/update", true,
					(client) -> client.updateContact(Contact.builder().userId("u-1").build())),
			new Operation("findContacts", "GET", "/webhook/contact/find", false,
					(client) -> client.findContacts(ContactLookup.byEmail("a@example.com"))),
			new Operation("deleteContact", "POST", "/webhook/contact/delete", true,
					(client) -> client.deleteContact(ContactLookup.byUserId("u-1"))),
			new Operation("listContacts", "GET", "/webhook/contact/list", false, CocoonmailOperations::listContacts),
			new Operation("listMailingLists", "GET", "/webhook/mailing_list/list", false,
					CocoonmailOperations::listMailingLists),
			new Operation("listCustomFields", "GET", "/webhook/custom_field/list", false,
					CocoonmailOperations::listCustomFields));

	@RegisterExtension
	final MockCocoonmail cocoonmail = new MockCocoonmail();

	@ParameterizedTest(name = "{1} with {0}")
	@MethodSource("operationsPerAuthScheme")
	void everyOperationSendsKeyAcceptUserAgentAndContentTypeOnlyWithBody(CocoonmailAuthScheme authScheme, String name,
			Operation operation) {
		this.cocoonmail.respond(200, "{}");
		StepVerifier.create(operation.call().apply(this.cocoonmail.client(authScheme)))
			.thenConsumeWhile((element) -> true)
			.expectComplete()
			.verify(MockCocoonmail.TIMEOUT);
		RecordedRequest request = this.cocoonmail.takeRequest();
		assertThat(request.getMethod()).isEqualTo(operation.method());
		assertThat(request.getUrl().encodedPath()).isEqualTo(operation.path());
		this.cocoonmail.assertCommonHeaders(request, operation.hasBody());
		assertThat(MockCocoonmail.bodyOf(request).isEmpty()).isNotEqualTo(operation.hasBody());
	}

	static Stream<Arguments> operationsPerAuthScheme() {
		return Arrays.stream(CocoonmailAuthScheme.values())
			.flatMap((scheme) -> OPERATIONS.stream()
				.map((operation) -> Arguments.of(scheme, operation.name(), operation)));
	}

	@Test
	void headerTestsCoverEveryOperation() {
		assertThat(Arrays.stream(CocoonmailOperations.class.getDeclaredMethods()).map(Method::getName)).hasSize(16)
			.containsExactlyInAnyOrderElementsOf(OPERATIONS.stream().map(Operation::name).toList());
	}

	@Test
	void userAgentNamesStarterAndVersion() {
		assertThat(CocoonmailClient.USER_AGENT).isEqualTo("cocoonmail-spring-boot/0.1.0-SNAPSHOT");
	}

	/**
	 * One operation of {@link CocoonmailOperations} and what it sends.
	 *
	 * @param name the operation name
	 * @param method the HTTP method
	 * @param path the path
	 * @param hasBody whether a JSON body is sent
	 * @param call the call
	 */
	record Operation(String name, String method, String path, boolean hasBody,
			Function<CocoonmailOperations, Publisher<?>> call) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
