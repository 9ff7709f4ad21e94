package com.cocoonmail.spring.client;

import org.springframework.http.HttpMethod;

/**
 * The endpoint table: every operation of {@link CocoonmailOperations} with its method,
 * URI and whether it is a read. The documented paths are fixed; those Cocoonmail does not
 * publish come from {@link CocoonmailPaths}.
 *
 * @param validateApiKey {@code GET /webhook/api_key/validate}
 * @param sendMail {@code POST /webhook/mail/send}
 * @param sendDirectMail {@code POST /webhook/mail/send-direct}
 * @param getMailStatus {@code GET /webhook/mail/status}
 * @param getEmailUsage {@code POST /webhook/mail/usage}
 * @param sendEvent {@code POST /webhook/event/send}
 * @param verifyEmail {@code POST /webhook/email/verify}
 * @param sendWhatsApp {@code POST /webhook/whatsapp_message/send}
 * @param getWhatsAppStatus {@code GET /webhook/whatsapp_message/status}
 * @param createContact {@code POST} to the create-contact path
 * @param updateContact {@code POST} to the update-contact path
 * @param findContacts {@code GET} of the find-contacts path
 * @param deleteContact {@code POST} to the delete-contact path
 * @param listContacts {@code GET} of the list-contacts path
 * @param listMailingLists {@code GET} of the mailing-lists path
 * @param listCustomFields {@code GET} of the custom-fields path
 * @author Cocoonmail Team
 */
record CocoonmailEndpoints(CocoonmailEndpoint validateApiKey, CocoonmailEndpoint sendMail,
		CocoonmailEndpoint sendDirectMail, CocoonmailEndpoint getMailStatus, CocoonmailEndpoint getEmailUsage,
		CocoonmailEndpoint sendEvent, CocoonmailEndpoint verifyEmail, CocoonmailEndpoint sendWhatsApp,
		CocoonmailEndpoint getWhatsAppStatus, CocoonmailEndpoint createContact, CocoonmailEndpoint updateContact,
		CocoonmailEndpoint findContacts, CocoonmailEndpoint deleteContact, CocoonmailEndpoint listContacts,
		CocoonmailEndpoint listMailingLists, CocoonmailEndpoint listCustomFields) {

	static CocoonmailEndpoints of(String baseUrl, CocoonmailPaths paths) {
		return new CocoonmailEndpoints(
				CocoonmailEndpoint.read(baseUrl, "validateApiKey", HttpMethod.GET, "/webhook/api_key/validate"),
				CocoonmailEndpoint.write(baseUrl, "sendMail", "/webhook/mail/send"),
				CocoonmailEndpoint.write(baseUrl, "sendDirectMail", "/webhook/mail/send-direct"),
				CocoonmailEndpoint.read(baseUrl, "getMailStatus", HttpMethod.GET, "/webhook/mail/status"),
				CocoonmailEndpoint.read(baseUrl, "getEmailUsage", HttpMethod.POST, "/webhook/mail/usage"),
				CocoonmailEndpoint.write(baseUrl, "sendEvent", "/webhook/event/send"),
				CocoonmailEndpoint.read(baseUrl, "verifyEmail", HttpMethod.POST, "/webhook/email/verify"),
				CocoonmailEndpoint.write(baseUrl, "sendWhatsApp", "/webhook/whatsapp_message/send"),
				CocoonmailEndpoint.read(baseUrl, "getWhatsAppStatus", HttpMethod.GET,
						"/webhook/whatsapp_message/status"),
				CocoonmailEndpoint.write(baseUrl, "createContact", paths.createContact()),
				CocoonmailEndpoint.write(baseUrl, "updateContact", paths.updateContact()),
				CocoonmailEndpoint.read(baseUrl, "findContacts", HttpMethod.GET, paths.findContacts()),
				CocoonmailEndpoint.write(baseUrl, "deleteContact", paths.deleteContact()),
				CocoonmailEndpoint.read(baseUrl, "listContacts", HttpMethod.GET, paths.listContacts()),
				CocoonmailEndpoint.read(baseUrl, "listMailingLists", HttpMethod.GET, paths.listMailingLists()),
				CocoonmailEndpoint.read(baseUrl, "listCustomFields", HttpMethod.GET, paths.listCustomFields()));
	}

}
