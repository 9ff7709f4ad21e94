package com.cocoonmail.spring.test;

import java.util.List;
import java.util.function.Function;

import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import org.reactivestreams.Publisher;

/**
 * One operation of {@link CocoonmailOperations}, a valid call of it and what it sends.
 *
 * @param name the operation name
 * @param method the HTTP method
 * @param path the default path
 * @param hasBody whether a JSON body is sent
 * @param call the call
 * @author Cocoonmail Team
 */
public record OperationCall(String name, String method, String path, boolean hasBody,
		Function<CocoonmailOperations, Publisher<?>> call) {

	/**
	 * A call of each of the 16 operations of {@link CocoonmailOperations}.
	 */
	public static final List<OperationCall> ALL = List.of(
			new OperationCall("validateApiKey", "GET", "/webhook/api_key/validate", false,
					CocoonmailOperations::validateApiKey),
			new OperationCall("sendMail", "POST", "/webhook/mail/send", true,
					(client) -> client
						.sendMail(SendMailRequest.builder().transactionalId("welcome").to("a@example.com").build())),
			new OperationCall("sendDirectMail", "POST", "/webhook/mail/send-direct", true,
					(client) -> client.sendDirectMail(SendDirectRequest.builder()
						.emailContent("Hi")
						.sender("s@example.com")
						.subject("Hi")
						.to("a@example.com")
						.build())),
			new OperationCall("getMailStatus", "GET", "/webhook/mail/status", false,
					(client) -> client.getMailStatus("m-1")),
			new OperationCall("getEmailUsage", "POST", "/webhook/mail/usage", false,
					CocoonmailOperations::getEmailUsage),
			new OperationCall("sendEvent", "POST", "/webhook/event/send", true,
					(client) -> client.sendEvent(SendEventRequest.of("signed_up", "a@example.com"))),
			new OperationCall("verifyEmail", "POST", "/webhook/email/verify", true,
					(client) -> client.verifyEmail("a@example.com")),
			new OperationCall("sendWhatsApp", "POST", "/webhook/whatsapp_message/send", true,
					(client) -> client.sendWhatsApp(
							SendWhatsAppRequest.text("+910000000000", "Hi").recipient("+910000000001").build())),
			new OperationCall("getWhatsAppStatus", "GET", "/webhook/whatsapp_message/status", false,
					(client) -> client.getWhatsAppStatus("wamid.1")),
			new OperationCall("createContact", "POST", "/webhook/contact/create", true,
					(client) -> client.createContact(Contact.builder().email("a@example.com").build())),
			new OperationCall("updateContact", "POST", "/webhook/contact/update", true,
					(client) -> client.updateContact(Contact.builder().userId("u-1").build())),
			new OperationCall("findContacts", "GET", "/webhook/contact/find", false,
					(client) -> client.findContacts(ContactLookup.byEmail("a@example.com"))),
			new OperationCall("deleteContact", "POST", "/webhook/contact/delete", true,
					(client) -> client.deleteContact(ContactLookup.byUserId("u-1"))),
			new OperationCall("listContacts", "GET", "/webhook/contact/list", false,
					CocoonmailOperations::listContacts),
			new OperationCall("listMailingLists", "GET", "/webhook/mailing_list/list", false,
					CocoonmailOperations::listMailingLists),
			new OperationCall("listCustomFields", "GET", "/webhook/custom_field/list", false,
					CocoonmailOperations::listCustomFields));

	/**
	 * Return the names of all operations.
	 * @return the names, in the order of {@link #ALL}
	 */
	public static List<String> names() {
		return ALL.stream().map(OperationCall::name).toList();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
