package com.cocoonmail.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback receiver that keeps the headers of every webhook posted to it and answers
 * {@code 204}.
 *
 * @author Cocoonmail Team
 */
final class WebhookReceiver implements AutoCloseable {

	private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hooks", (exchange) -> {
			Map<String, String> headers = new TreeMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
			exchange.getRequestBody().readAllBytes();
			this.received.add(headers);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks");
	}

	List<Map<String, String>> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
