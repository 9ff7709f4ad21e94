package com.cocoonmail.spring.client;

import java.net.URI;

import org.springframework.http.HttpMethod;

/**
 * One Cocoonmail operation on the wire.
 *
 * @param operation the operation name, as in {@link CocoonmailOperations}
 * @param method the HTTP method
 * @param uri the absolute URI, without a query
 * @param idempotent whether repeating the call is harmless (reads)
 * @author Cocoonmail Team
 */
record CocoonmailEndpoint(String operation, HttpMethod method, URI uri, boolean idempotent) {

	static CocoonmailEndpoint read(String baseUrl, String operation, HttpMethod method, String path) {
		return new CocoonmailEndpoint(operation, method, URI.create(baseUrl + path), true);
	}

	static CocoonmailEndpoint write(String baseUrl, String operation, String path) {
		return new CocoonmailEndpoint(operation, HttpMethod.POST, URI.create(baseUrl + path), false);
	}

}
