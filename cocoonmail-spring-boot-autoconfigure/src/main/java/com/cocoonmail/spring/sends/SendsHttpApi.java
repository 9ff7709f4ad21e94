package com.cocoonmail.spring.sends;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * The Mailcoach-compatible sends HTTP API, whatever web framework serves it: checks the
 * bearer token, reads the query, and answers with Mailcoach's JSON ({@code data},
 * {@code links}, {@code meta}; {@code {"message": ...}} errors). Calls block on the
 * store.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class SendsHttpApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final CocoonmailSends sends;

	private final BearerToken token;

	/**
	 * Create an API over the ledger.
	 * @param sends the ledger
	 * @param token the token requests must send as {@code Authorization: Bearer}
	 */
	public SendsHttpApi(CocoonmailSends sends, String token) {
		Assert.hasText(token, "token must not be empty");
		this.sends = sends;
		this.token = new BearerToken(token);
	}

	/**
	 * Answer {@code GET {path}}.
	 * @param uri the full request URI, with its query
	 * @param authorization the {@code Authorization} header
	 * @return the answer
	 */
	public SendsHttpResponse list(URI uri, @Nullable String authorization) {
		if (!this.token.matches(authorization)) {
			return unauthorized();
		}
		try {
			SendsRequestQuery query = SendsRequestQuery.parse(uri.getRawQuery());
			SendPage page = this.sends.list(query.toSendQuery());
			String path = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()).toString();
			return ok(new SendsPageEnvelope(page, path, query.otherParameters()).toMap());
		}
		catch (SendsRequestException ex) {
			return message(400, ex.getMessage());
		}
	}

	/**
	 * Answer {@code GET {path}/{uuid}}.
	 * @param uuid the id of the send
	 * @param authorization the {@code Authorization} header
	 * @return the answer
	 */
	public SendsHttpResponse get(String uuid, @Nullable String authorization) {
		if (!this.token.matches(authorization)) {
			return unauthorized();
		}
		return this.sends.get(uuid).map((send) -> ok(Map.of("data", send))).orElseGet(() -> notFound(uuid));
	}

	/**
	 * Answer {@code DELETE {path}/{uuid}}.
	 * @param uuid the id of the send
	 * @param authorization the {@code Authorization} header
	 * @return the answer
	 */
	public SendsHttpResponse delete(String uuid, @Nullable String authorization) {
		if (!this.token.matches(authorization)) {
			return unauthorized();
		}
		return this.sends.delete(uuid) ? new SendsHttpResponse(204, null) : notFound(uuid);
	}

	private static SendsHttpResponse ok(Object body) {
		return new SendsHttpResponse(200, json.writeValueAsString(body));
	}

	private static SendsHttpResponse unauthorized() {
		return message(401, "Unauthorized.");
	}

	private static SendsHttpResponse notFound(String uuid) {
		return message(404, "No query results for model [Send] " + uuid);
	}

	private static SendsHttpResponse message(int status, @Nullable String message) {
		return new SendsHttpResponse(status, json.writeValueAsString(Map.of("message", String.valueOf(message))));
	}

}
