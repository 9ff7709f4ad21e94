package com.cocoonmail.spring.client;

import com.cocoonmail.spring.client.model.ApiKeyValidation;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.ContactResponse;
import com.cocoonmail.spring.client.model.CustomField;
import com.cocoonmail.spring.client.model.EmailUsage;
import com.cocoonmail.spring.client.model.EmailVerification;
import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.MailingList;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendEventResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppResponse;
import com.cocoonmail.spring.client.model.WhatsAppStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations of the Cocoonmail REST API. Every returned publisher is lazy:
 * nothing is sent until it is subscribed to. Invalid input fails with
 * {@link CocoonmailValidationException} before any request is sent; a non-2xx answer
 * fails with {@link CocoonmailApiException}.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface CocoonmailOperations {

	/**
	 * Check that the API key is valid ({@code GET /webhook/api_key/validate}).
	 * @return the validation result
	 */
	Mono<ApiKeyValidation> validateApiKey();

	/**
	 * Send a transactional mail ({@code POST /webhook/mail/send}). Recipients Cocoonmail
	 * could not send to are listed in {@link SendMailResponse#failedRecipients()}.
	 * @param request the mail to send
	 * @return the send report, with one message id per recipient
	 */
	Mono<SendMailResponse> sendMail(SendMailRequest request);

	/**
	 * Send a mail that Cocoonmail does not store
	 * ({@code POST /webhook/mail/send-direct}).
	 * @param request the mail to send
	 * @return the recipients sent to, failed and invalid
	 */
	Mono<SendDirectResponse> sendDirectMail(SendDirectRequest request);

	/**
	 * Look up the delivery status of a sent mail ({@code GET /webhook/mail/status}).
	 * @param messageId a message id from {@link SendMailResponse#messageIds()}
	 * @return the status, or an empty publisher when Cocoonmail answers with no data
	 */
	Mono<MailStatus> getMailStatus(String messageId);

	/**
	 * Read the workspace's transactional usage ({@code POST /webhook/mail/usage}).
	 * @return the usage and quotas
	 */
	Mono<EmailUsage> getEmailUsage();

	/**
	 * Send an event for a contact ({@code POST /webhook/event/send}).
	 * @param request the event
	 * @return the event id
	 */
	Mono<SendEventResponse> sendEvent(SendEventRequest request);

	/**
	 * Verify an email address ({@code POST /webhook/email/verify}).
	 * @param email the address to verify
	 * @return the verification result
	 */
	Mono<EmailVerification> verifyEmail(String email);

	/**
	 * Send a transactional WhatsApp message
	 * ({@code POST /webhook/whatsapp_message/send}).
	 * @param request the message
	 * @return the send report
	 */
	Mono<SendWhatsAppResponse> sendWhatsApp(SendWhatsAppRequest request);

	/**
	 * Look up the status of a WhatsApp message
	 * ({@code GET /webhook/whatsapp_message/status}).
	 * @param messageId the message id
	 * @return the status, or an empty publisher when Cocoonmail answers with no data
	 */
	Mono<WhatsAppStatus> getWhatsAppStatus(String messageId);

	/**
	 * Create a contact (provisional path, see {@link CocoonmailPaths}).
	 * @param contact the contact, with at least an email
	 * @return the id of the new contact
	 */
	Mono<ContactResponse> createContact(Contact contact);

	/**
	 * Update or create a contact (provisional path, see {@link CocoonmailPaths}).
	 * @param contact the contact, with an email or a user id
	 * @return the id of the contact
	 */
	Mono<ContactResponse> updateContact(Contact contact);

	/**
	 * Find contacts by email or user id (provisional path, see {@link CocoonmailPaths}).
	 * @param lookup exactly one of email or user id
	 * @return the matching contacts, none when there is no match
	 */
	Flux<Contact> findContacts(ContactLookup lookup);

	/**
	 * Delete a contact by email or user id (provisional path, see
	 * {@link CocoonmailPaths}).
	 * @param lookup exactly one of email or user id
	 * @return a publisher completing when the contact is deleted
	 */
	Mono<Void> deleteContact(ContactLookup lookup);

	/**
	 * List every contact of the workspace, requesting pages lazily as the subscriber asks
	 * for more (provisional path, see {@link CocoonmailPaths}).
	 * @return the contacts
	 */
	Flux<Contact> listContacts();

	/**
	 * List the workspace's mailing lists (provisional path, see {@link CocoonmailPaths}).
	 * @return the mailing lists
	 */
	Flux<MailingList> listMailingLists();

	/**
	 * List the workspace's custom contact fields (provisional path, see
	 * {@link CocoonmailPaths}).
	 * @return the custom fields
	 */
	Flux<CustomField> listCustomFields();

}
