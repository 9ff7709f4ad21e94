package com.cocoonmail.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer of the emulator.
 *
 * @param status the HTTP status
 * @param headers the headers beyond {@code Content-Type: application/json}
 * @param body the body
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record EmulatorAnswer(int status, Map<String, String> headers, String body) {

	/**
	 * Return a Cocoonmail error answer, {@code {"success":false,"message":...}}.
	 * @param status the status
	 * @param message the message
	 * @return the answer
	 */
	public static EmulatorAnswer error(int status, String message) {
		return new EmulatorAnswer(status, Map.of(), EmulatorJson.write(Map.of("success", false, "message", message)));
	}

	/**
	 * Return this answer with one more header.
	 * @param name the header name
	 * @param value the header value
	 * @return the new answer
	 */
	public EmulatorAnswer withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new EmulatorAnswer(this.status, Map.copyOf(headers), this.body);
	}

}
