package com.cocoonmail.spring.event;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes requests into the outbox and reads them back in Cocoonmail's wire format, with a
 * mapper of its own that application-wide Jackson settings do not change.
 *
 * @author Cocoonmail Team
 */
final class OutboxJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private OutboxJson() {
	}

	static String write(Object request) {
		return MAPPER.writeValueAsString(request);
	}

	static Object read(CocoonmailDeliveryKind kind, String json) {
		Class<?> type = (kind == CocoonmailDeliveryKind.EVENT) ? SendEventRequest.class : SendMailRequest.class;
		return MAPPER.readValue(json, type);
	}

}
