package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to Cocoonmail. Define a bean of this type to take the
 * connection from somewhere other than the {@code cocoonmail.*} properties.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public interface CocoonmailConnectionDetails extends ConnectionDetails {

	/**
	 * Return the base URL of the Cocoonmail API.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * Return the API key.
	 * @return the API key
	 */
	String getApiKey();

}
