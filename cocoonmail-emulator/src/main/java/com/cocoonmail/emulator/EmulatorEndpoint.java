package com.cocoonmail.emulator;

/**
 * The Cocoonmail endpoints the emulator answers, with their method and default path.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public enum EmulatorEndpoint {

	/**
	 * {@code GET /webhook/api_key/validate}.
	 */
	VALIDATE_API_KEY("GET", "/webhook/api_key/validate"),

	/**
	 * {@code POST /webhook/mail/send}.
	 */
	SEND_MAIL("POST", "/webhook/mail/send"),

	/**
	 * {@code POST /webhook/mail/send-direct}.
	 */
	SEND_DIRECT_MAIL("POST", "/webhook/mail/send-direct"),

	/**
	 * {@code GET /webhook/mail/status?message_id=}.
	 */
	MAIL_STATUS("GET", "/webhook/mail/status"),

	/**
	 * {@code POST /webhook/mail/usage}.
	 */
	EMAIL_USAGE("POST", "/webhook/mail/usage"),

	/**
	 * {@code POST /webhook/event/send}.
	 */
	SEND_EVENT("POST", "/webhook/event/send"),

	/**
	 * {@code POST /webhook/email/verify}.
	 */
	VERIFY_EMAIL("POST", "/webhook/email/verify"),

	/**
	 * {@code POST /webhook/whatsapp_message/send}.
	 */
	SEND_WHATSAPP("POST", "/webhook/whatsapp_message/send"),

	/**
	 * {@code GET /webhook/whatsapp_message/status?message_id=}.
	 */
	WHATSAPP_STATUS("GET", "/webhook/whatsapp_message/status"),

	/**
	 * {@code POST /webhook/contact/create}.
	 */
	CREATE_CONTACT("POST", "/webhook/contact/create"),

	/**
	 * {@code POST /webhook/contact/update}.
	 */
	UPDATE_CONTACT("POST", "/webhook/contact/update"),

	/**
	 * {@code GET /webhook/contact/find?email=|user_id=}.
	 */
	FIND_CONTACTS("GET", "/webhook/contact/find"),

	/**
	 * {@code POST /webhook/contact/delete}.
	 */
	DELETE_CONTACT("POST", "/webhook/contact/delete"),

	/**
	 * {@code GET /webhook/contact/list?page=&per_page=}.
	 */
	LIST_CONTACTS("GET", "/webhook/contact/list"),

	/**
	 * {@code GET /webhook/mailing_list/list}.
	 */
	LIST_MAILING_LISTS("GET", "/webhook/mailing_list/list"),

	/**
	 * {@code GET /webhook/custom_field/list}.
	 */
	LIST_CUSTOM_FIELDS("GET", "/webhook/custom_field/list");

	private final String method;

	private final String defaultPath;

	EmulatorEndpoint(String method, String defaultPath) {
		this.method = method;
		this.defaultPath = defaultPath;
	}

	/**
	 * Return the HTTP method.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Return the path Cocoonmail uses unless configured otherwise.
	 * @return the path
	 */
	public String defaultPath() {
		return this.defaultPath;
	}

}
