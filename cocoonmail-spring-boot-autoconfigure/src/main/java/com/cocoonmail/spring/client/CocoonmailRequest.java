package com.cocoonmail.spring.client;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One validated call to make: the endpoint, the URI with its query, and the body.
 *
 * @param endpoint the endpoint
 * @param uri the absolute URI, query included
 * @param body the body to send as JSON, or {@code null} for none
 * @author Cocoonmail Team
 */
record CocoonmailRequest(CocoonmailEndpoint endpoint, URI uri, @Nullable Object body) {

	static CocoonmailRequest of(CocoonmailEndpoint endpoint, @Nullable Object body) {
		return new CocoonmailRequest(endpoint, endpoint.uri(), body);
	}

	/**
	 * Return a bodiless request with these query parameters, each value encoded.
	 * @param endpoint the endpoint
	 * @param query the query parameters
	 * @return the request
	 */
	static CocoonmailRequest query(CocoonmailEndpoint endpoint, Map<String, String> query) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(endpoint.uri());
		query.keySet().forEach((name) -> builder.queryParam(name, "{" + name + "}"));
		return new CocoonmailRequest(endpoint, builder.encode().buildAndExpand(query).toUri(), null);
	}

}
