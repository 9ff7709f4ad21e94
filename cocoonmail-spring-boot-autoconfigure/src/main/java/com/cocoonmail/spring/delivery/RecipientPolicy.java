package com.cocoonmail.spring.delivery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Applies {@code cocoonmail.delivery.redirect-to} and
 * {@code cocoonmail.delivery.allowed-recipients} to every mail and event before it
 * leaves: a redirected request goes to the one address on the wire while its answer names
 * the original recipients again; a request with a recipient outside the allowed patterns
 * fails with {@link CocoonmailRecipientNotAllowedException} and is not sent.
 *
 * @author Cocoonmail Team
 */
final class RecipientPolicy implements ExchangeFilterFunction {

	private final List<String> allowedRecipients;

	private final List<Pattern> allowed;

	private final @Nullable String redirectTo;

	RecipientPolicy(List<String> allowedRecipients, @Nullable String redirectTo) {
		this.allowedRecipients = List.copyOf(allowedRecipients);
		this.allowed = allowedRecipients.stream().map(RecipientPolicy::toPattern).toList();
		this.redirectTo = redirectTo;
	}

	boolean isActive() {
		return !this.allowed.isEmpty() || this.redirectTo != null;
	}

	private static Pattern toPattern(String glob) {
		StringBuilder regex = new StringBuilder();
		for (String part : glob.trim().split("\\*", -1)) {
			regex.append((regex.length() > 0) ? ".*" : "").append(Pattern.quote(part.toLowerCase(Locale.ROOT)));
		}
		return Pattern.compile(regex.toString());
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String path = request.url().getPath();
		if (!WireRecipients.hasRecipients(path)) {
			return next.exchange(request);
		}
		return RequestBodies.read(request).flatMap((bytes) -> {
			JsonNode body = WireRecipients.JSON.readTree(bytes);
			List<@Nullable String> originals = WireRecipients.to(body);
			String redirect = this.redirectTo;
			if (redirect != null && body instanceof ObjectNode object) {
				WireRecipients.redirect(path, object, redirect);
			}
			List<String> refused = WireRecipients.of(path, body).stream().filter((to) -> !isAllowed(to)).toList();
			if (!refused.isEmpty()) {
				return Mono.error(new CocoonmailRecipientNotAllowedException(refused, this.allowedRecipients));
			}
			if (redirect == null) {
				return next.exchange(request);
			}
			ClientRequest redirected = ClientRequest.from(request)
				.body(BodyInserters.fromValue(WireRecipients.JSON.writeValueAsBytes(body)))
				.build();
			return next.exchange(redirected).flatMap((response) -> restore(path, response, originals));
		});
	}

	private boolean isAllowed(String recipient) {
		String address = recipient.toLowerCase(Locale.ROOT);
		return this.allowed.isEmpty()
				|| this.allowed.stream().anyMatch((pattern) -> pattern.matcher(address).matches());
	}

	private static Mono<ClientResponse> restore(String path, ClientResponse response,
			List<@Nullable String> originals) {
		if (!WireRecipients.isMail(path) || !response.statusCode().is2xxSuccessful()) {
			return Mono.just(response);
		}
		return response.bodyToMono(byte[].class)
			.map((bytes) -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
			.defaultIfEmpty("")
			.map((text) -> response.mutate().body(WireRecipients.restore(path, text, originals)).build());
	}

}
