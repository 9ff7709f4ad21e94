package com.cocoonmail.spring.client;

/**
 * Paths of the endpoints that Cocoonmail names but does not document. The defaults follow
 * Cocoonmail's {@code /webhook/<resource>/<verb>} convention and are provisional:
 * override them when Cocoonmail publishes the real ones.
 *
 * @param createContact path of {@link CocoonmailOperations#createContact}
 * @param updateContact path of {@link CocoonmailOperations#updateContact}
 * @param findContacts path of {@link CocoonmailOperations#findContacts}
 * @param deleteContact path of {@link CocoonmailOperations#deleteContact}
 * @param listContacts path of {@link CocoonmailOperations#listContacts}
 * @param listMailingLists path of {@link CocoonmailOperations#listMailingLists}
 * @param listCustomFields path of {@link CocoonmailOperations#listCustomFields}
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public record CocoonmailPaths(String createContact, String updateContact, String findContacts, String deleteContact,
		String listContacts, String listMailingLists, String listCustomFields) {

	/**
	 * Default path of {@link CocoonmailOperations#createContact}.
	 */
	public static final String DEFAULT_CREATE_CONTACT = "/webhook/contact/create";

	/**
	 * Default path of {@link CocoonmailOperations#updateContact}.
	 */
	public static final String DEFAULT_UPDATE_CONTACT = "/webhook/contact/update";

	/**
	 * Default path of {@link CocoonmailOperations#findContacts}.
	 */
	public static final String DEFAULT_FIND_CONTACTS = "/webhook/contact/find";

	/**
	 * Default path of {@link CocoonmailOperations#deleteContact}.
	 */
	public static final String DEFAULT_DELETE_CONTACT = "/webhook/contact/delete";

	/**
	 * Default path of {@link CocoonmailOperations#listContacts}.
	 */
	public static final String DEFAULT_LIST_CONTACTS = "/webhook/contact/list";

	/**
	 * Default path of {@link CocoonmailOperations#listMailingLists}.
	 */
	public static final String DEFAULT_LIST_MAILING_LISTS = "/webhook/mailing_list/list";

	/**
	 * Default path of {@link CocoonmailOperations#listCustomFields}.
	 */
	public static final String DEFAULT_LIST_CUSTOM_FIELDS = "/webhook/custom_field/list";

	/**
	 * Return the provisional default paths.
	 * @return the defaults
	 */
	public static CocoonmailPaths defaults() {
		return new CocoonmailPaths(DEFAULT_CREATE_CONTACT, DEFAULT_UPDATE_CONTACT, DEFAULT_FIND_CONTACTS,
				DEFAULT_DELETE_CONTACT, DEFAULT_LIST_CONTACTS, DEFAULT_LIST_MAILING_LISTS, DEFAULT_LIST_CUSTOM_FIELDS);
	}

}
