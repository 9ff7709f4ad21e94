package com.cocoonmail.spring.client;

import org.springframework.http.HttpMethod;

/**
 * One Cocoonmail operation on the wire.
 *
 * @param operation the operation name, as in {@link CocoonmailOperations}
 * @param method the HTTP method
 * @param path the path below the base URL
 * @param idempotent whether repeating the call is harmless (reads)
 * @author Cocoonmail Team
 */
record CocoonmailEndpoint(String operation, HttpMethod method, String path, boolean idempotent) {

	static CocoonmailEndpoint read(String operation, HttpMethod method, String path) {
		return new CocoonmailEndpoint(operation, method, path, true);
	}

	static CocoonmailEndpoint write(String operation, String path) {
		return new CocoonmailEndpoint(operation, HttpMethod.POST, path, false);
	}

}
