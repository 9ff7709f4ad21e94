package com.cocoonmail.spring.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.cocoonmail.emulator.EmulatorAnswer;
import com.cocoonmail.emulator.EmulatorRequest;
import com.cocoonmail.emulator.InMemoryCocoonmail;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An {@link ExchangeFunction} that never opens a connection: an
 * {@link InMemoryCocoonmail} answers every request as Cocoonmail would, so the client's
 * whole pipeline (validation, pacing, observation, listeners) still runs. In log mode
 * each request is logged with the domains of its recipients only. The API key is not
 * kept.
 *
 * @author Cocoonmail Team
 */
final class InMemoryExchange implements ExchangeFunction {

	private static final Log logger = LogFactory.getLog(InMemoryExchange.class);

	private static final List<String> SECRET_HEADERS = List.of("authorization", "x-cocoonmail-api_key");

	private final InMemoryCocoonmail cocoonmail;

	private final boolean log;

	InMemoryExchange(InMemoryCocoonmail cocoonmail, boolean log) {
		this.cocoonmail = cocoonmail;
		this.log = log;
	}

	@Override
	public Mono<ClientResponse> exchange(ClientRequest request) {
		return RequestBodies.read(request).map((bytes) -> {
			EmulatorRequest received = EmulatorRequest.now(request.method().name(), request.url().getPath(),
					query(request), headers(request.headers()), new String(bytes, StandardCharsets.UTF_8));
			EmulatorAnswer answer = this.cocoonmail.answer(received);
			if (this.log && logger.isInfoEnabled()) {
				logger.info(describe(received, answer));
			}
			ClientResponse.Builder response = ClientResponse
				.create(HttpStatusCode.valueOf(answer.status()), RequestBodies.strategies())
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
			answer.headers().forEach(response::header);
			return response.body(answer.body()).build();
		});
	}

	private static Map<String, String> query(ClientRequest request) {
		MultiValueMap<String, String> parameters = UriComponentsBuilder.fromUri(request.url()).build().getQueryParams();
		Map<String, String> query = new LinkedHashMap<>();
		parameters.forEach((name, values) -> query.put(decode(name),
				(values.isEmpty() || values.get(0) == null) ? "" : decode(values.get(0))));
		return query;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, List<String>> headers(HttpHeaders headers) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (!SECRET_HEADERS.contains(lowerCase)) {
				kept.put(lowerCase, List.copyOf(values));
			}
		});
		return kept;
	}

	private static String describe(EmulatorRequest request, EmulatorAnswer answer) {
		StringBuilder line = new StringBuilder("Not sent (cocoonmail.delivery.mode=log): ").append(request.method())
			.append(' ')
			.append(request.path());
		if (WireRecipients.hasRecipients(request.path())) {
			try {
				JsonNode body = WireRecipients.JSON.readTree(request.body());
				List<String> recipients = WireRecipients.of(request.path(), body);
				TreeSet<String> domains = new TreeSet<>(recipients.stream().map(WireRecipients::domain).toList());
				line.append(" to ").append(recipients.size()).append(" recipient(s) at ").append(domains);
				for (String name : List.of("transactional_id", "template_uuid", "event_name")) {
					if (body.path(name).isString()) {
						line.append(", ").append(name).append('=').append(body.path(name).asString());
					}
				}
			}
			catch (JacksonException ex) {
				line.append(" with an unreadable body");
			}
		}
		return line.append("; answered ").append(answer.status()).toString();
	}

}
