package com.cocoonmail.spring.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper the client reads and writes Cocoonmail's wire format with, independent
 * of any application-wide Jackson settings.
 *
 * @author Cocoonmail Team
 */
final class CocoonmailJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.addModule(new SimpleModule("cocoonmail").addDeserializer(Instant.class, new LenientInstantDeserializer()))
		.build();

	private CocoonmailJson() {
	}

	/**
	 * Return the shared mapper: unknown fields ignored, {@code null} values left out,
	 * instants read with any number of fraction digits, with or without an offset.
	 * @return the mapper
	 */
	static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Parse an ISO-8601 instant leniently: {@code Z}, a numeric offset, or none (taken as
	 * UTC), with zero to nine fraction digits.
	 * @param text the text to parse
	 * @return the instant
	 * @throws DateTimeParseException if the text is not an ISO-8601 date-time
	 */
	static Instant parseInstant(String text) {
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
		}
	}

	private static final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
				return Instant.ofEpochSecond(parser.getLongValue());
			}
			String text = parser.getValueAsString();
			try {
				return parseInstant(text.trim());
			}
			catch (DateTimeParseException ex) {
				return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
			}
		}

	}

}
