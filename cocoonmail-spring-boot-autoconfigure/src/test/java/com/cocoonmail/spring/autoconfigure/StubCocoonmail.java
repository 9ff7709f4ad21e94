package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

/**
 * A {@link MockWebServer} on loopback standing in for Cocoonmail in tests of the
 * auto-configured client: it answers every request with the same answer,
 * {@code {"success":true}} unless told otherwise. Register it with
 * {@code @RegisterExtension final StubCocoonmail cocoonmail = new StubCocoonmail();}.
 *
 * @author Cocoonmail Team
 */
final class StubCocoonmail extends Dispatcher implements BeforeEachCallback, AfterEachCallback {

	/**
	 * A key shaped like Cocoonmail's documented one, but obviously fake.
	 */
	static final String API_KEY = "pbkdf2_sha256$1$fake-key-for-tests$not-a-real-secret=";

	private final MockWebServer server = new MockWebServer();

	private volatile MockResponse answer = answer(200, "{\"success\":true}").build();

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.server.setDispatcher(this);
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.close();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		return this.answer;
	}

	/**
	 * Answer every further request with the given answer.
	 * @param answer the answer
	 */
	void answerEveryRequest(MockResponse answer) {
		this.answer = answer;
	}

	/**
	 * Answer every further request with the given status and JSON body.
	 * @param code the status code
	 * @param body the body
	 */
	void answerEveryRequest(int code, String body) {
		answerEveryRequest(answer(code, body).build());
	}

	/**
	 * Return how many requests the server received.
	 * @return the request count
	 */
	int requestCount() {
		return this.server.getRequestCount();
	}

	/**
	 * Return the base URL of this server, with its loopback address as host.
	 * @return the base URL
	 */
	String baseUrl() {
		String address = this.server.getSocketAddress().getAddress().getHostAddress();
		return this.server.url("/").newBuilder().host(address).build().toString();
	}

	/**
	 * Return a runner with the Cocoonmail auto-configuration on Boot's HTTP client and
	 * {@code WebClient} auto-configurations, with the fake key and this server's base URL
	 * set.
	 * @param properties further properties
	 * @return the runner
	 */
	ApplicationContextRunner contextRunner(String... properties) {
		List<String> all = new ArrayList<>(
				List.of("cocoonmail.api-key=" + API_KEY, "cocoonmail.base-url=" + baseUrl()));
		all.addAll(List.of(properties));
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(CocoonmailAutoConfiguration.class, HttpClientAutoConfiguration.class,
							ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues(all.toArray(new String[0]));
	}

	/**
	 * Return a builder of a JSON answer, to add headers to.
	 * @param code the status code
	 * @param body the body
	 * @return the answer builder
	 */
	static MockResponse.Builder answer(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body);
	}

}
