package com.cocoonmail.spring.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.client.CocoonmailAuthScheme;
import com.cocoonmail.spring.client.CocoonmailClient;
import com.cocoonmail.spring.client.CocoonmailRetryPolicy;
import com.cocoonmail.spring.client.TestJson;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link MockWebServer} standing in for Cocoonmail in tests: started on
 * {@code 127.0.0.1} only before each test and closed after it. It answers with the
 * answers queued by {@link #respond(MockResponse)} unless told to
 * {@link #answerEveryRequest(MockResponse) answer every request alike}. It makes clients
 * and application context runners pointed at itself and asserts on the requests it
 * received, byte for byte; tests that need Cocoonmail's behaviour (its answers, rate
 * limit, faults, held answers, arrival times) use the emulator in
 * {@code cocoonmail-emulator} instead. Register it with
 * {@code @RegisterExtension final LoopbackCocoonmail cocoonmail = new LoopbackCocoonmail();}.
 *
 * @author Cocoonmail Team
 */
public final class LoopbackCocoonmail implements BeforeEachCallback, AfterEachCallback {

	/**
	 * A key shaped like Cocoonmail's documented one, but obviously fake.
	 */
	public static final String API_KEY = "pbkdf2_sha256$1$fake-key$not-a-real-key=";

	/**
	 * How long a test waits for an answer or a request.
	 */
	public static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String LOOPBACK = "127.0.0.1";

	private final MockWebServer server = new MockWebServer();

	private CocoonmailAuthScheme authScheme = CocoonmailAuthScheme.BEARER;

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		this.server.start(loopback(), 0);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.close();
	}

	private static InetAddress loopback() throws UnknownHostException {
		return InetAddress.getByName(LOOPBACK);
	}

	/**
	 * Return a client for this server that sends the key with the given scheme and never
	 * retries.
	 * @param authScheme how the key is sent
	 * @return the client
	 */
	public CocoonmailClient client(CocoonmailAuthScheme authScheme) {
		this.authScheme = authScheme;
		return clientBuilder().build();
	}

	/**
	 * Return a client for this server that sends the key as a bearer token and never
	 * retries.
	 * @return the client
	 */
	public CocoonmailClient client() {
		return client(CocoonmailAuthScheme.BEARER);
	}

	/**
	 * Return a client for this server that retries with the given policy.
	 * @param retryPolicy the retry policy
	 * @return the client
	 */
	public CocoonmailClient client(CocoonmailRetryPolicy retryPolicy) {
		return clientBuilder().retryPolicy(retryPolicy).build();
	}

	/**
	 * Return a builder pointed at this server with the fake key, the current auth scheme
	 * and no retries.
	 * @return the builder
	 */
	public CocoonmailClient.Builder clientBuilder() {
		return CocoonmailClient.builder()
			.baseUrl(baseUrl())
			.apiKey(API_KEY)
			.authScheme(this.authScheme)
			.retryPolicy(CocoonmailRetryPolicy.none());
	}

	/**
	 * Return a runner with the Cocoonmail auto-configuration on Boot's HTTP client and
	 * {@code WebClient} auto-configurations, with the fake key and this server's base URL
	 * set.
	 * @param properties further properties
	 * @return the runner
	 */
	public ApplicationContextRunner contextRunner(String... properties) {
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
	 * Return the base URL of this server, with its loopback address as host.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.server.url("/").newBuilder().host(host()).build().toString();
	}

	/**
	 * Return the loopback address this server listens on.
	 * @return the address
	 */
	public String host() {
		return this.server.getSocketAddress().getAddress().getHostAddress();
	}

	/**
	 * Return a loopback base URL on which nothing listens, so connections are refused.
	 * @return the base URL
	 * @throws IOException if no free port could be found
	 */
	public static String closedBaseUrl() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
			return HttpUrl.get("http://localhost/")
				.newBuilder()
				.host(LOOPBACK)
				.port(socket.getLocalPort())
				.build()
				.toString();
		}
	}

	/**
	 * Answer the next request with the given status and JSON body.
	 * @param code the status code
	 * @param body the body
	 */
	public void respond(int code, String body) {
		respond(answer(code, body).build());
	}

	/**
	 * Answer the next request with the given status and the JSON of a test resource.
	 * @param code the status code
	 * @param resourceName the name of the resource in
	 * {@code com/cocoonmail/spring/client/}
	 */
	public void respondWithResource(int code, String resourceName) {
		respond(code, TestJson.resource(resourceName));
	}

	/**
	 * Answer the next request with the given answer.
	 * @param response the answer
	 */
	public void respond(MockResponse response) {
		this.server.enqueue(response);
	}

	/**
	 * Answer every further request with the given answer, instead of the queued ones.
	 * @param answer the answer
	 */
	public void answerEveryRequest(MockResponse answer) {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer;
			}

		});
	}

	/**
	 * Answer every further request with the given status and JSON body, instead of the
	 * queued answers.
	 * @param code the status code
	 * @param body the body
	 */
	public void answerEveryRequest(int code, String body) {
		answerEveryRequest(answer(code, body).build());
	}

	/**
	 * Return a builder of a JSON answer, to add headers to.
	 * @param code the status code
	 * @param body the body
	 * @return the answer builder
	 */
	public static MockResponse.Builder answer(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body);
	}

	/**
	 * Return how many requests the server received.
	 * @return the request count
	 */
	public int requestCount() {
		return this.server.getRequestCount();
	}

	/**
	 * Take the next request the server received, failing if none arrives in time.
	 * @return the request
	 */
	public RecordedRequest takeRequest() {
		try {
			RecordedRequest request = this.server.takeRequest(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(request).as("request received by the server").isNotNull();
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Take the next request and assert its method, its path, that it has no query, the
	 * common headers and its JSON body.
	 * @param method the expected method
	 * @param path the expected path
	 * @param expectedJson the exact expected JSON body, or {@code null} for no body
	 * @return the request
	 */
	public RecordedRequest expectRequest(String method, String path, @Nullable String expectedJson) {
		return expectRequest(method, path, Map.of(), expectedJson);
	}

	/**
	 * Take the next request and assert its method, its path, its query parameters, the
	 * common headers and its JSON body.
	 * @param method the expected method
	 * @param path the expected path
	 * @param query the exact expected query parameters
	 * @param expectedJson the exact expected JSON body, or {@code null} for no body
	 * @return the request
	 */
	public RecordedRequest expectRequest(String method, String path, Map<String, String> query,
			@Nullable String expectedJson) {
		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo(method);
		assertThat(request.getUrl().encodedPath()).isEqualTo(path);
		assertThat(queryOf(request.getUrl())).isEqualTo(query);
		assertCommonHeaders(request, expectedJson != null);
		if (expectedJson != null) {
			assertJsonBody(request, expectedJson);
		}
		else {
			assertThat(bodyOf(request)).isEmpty();
		}
		return request;
	}

	/**
	 * Assert the headers every request carries: the key per the auth scheme of the last
	 * client made, {@code Accept}, {@code User-Agent}, and {@code Content-Type} exactly
	 * when there is a body.
	 * @param request the request
	 * @param hasBody whether the request should have a JSON body
	 */
	public void assertCommonHeaders(RecordedRequest request, boolean hasBody) {
		Headers headers = request.getHeaders();
		if (this.authScheme == CocoonmailAuthScheme.BEARER) {
			assertThat(headers.values("Authorization")).containsExactly("Bearer " + API_KEY);
			assertThat(headers.values(CocoonmailAuthScheme.API_KEY_HEADER)).isEmpty();
		}
		else {
			assertThat(headers.values(CocoonmailAuthScheme.API_KEY_HEADER)).containsExactly(API_KEY);
			assertThat(headers.values("Authorization")).isEmpty();
		}
		assertThat(headers.values("Accept")).containsExactly("application/json");
		assertThat(headers.values("User-Agent")).containsExactly(CocoonmailClient.USER_AGENT);
		if (hasBody) {
			assertThat(headers.values("Content-Type")).containsExactly("application/json");
		}
		else {
			assertThat(headers.values("Content-Type")).isEmpty();
		}
	}

	/**
	 * Assert that the request body is exactly the expected JSON (same fields, same array
	 * order, nothing more).
	 * @param request the request
	 * @param expectedJson the expected JSON
	 */
	public static void assertJsonBody(RecordedRequest request, String expectedJson) {
		TestJson.assertJsonEquals(expectedJson, bodyOf(request));
	}

	/**
	 * Return the body of a request as text.
	 * @param request the request
	 * @return the body, empty when there is none
	 */
	public static String bodyOf(RecordedRequest request) {
		ByteString body = request.getBody();
		return (body != null) ? body.utf8() : "";
	}

	private static Map<String, String> queryOf(HttpUrl url) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String name : url.queryParameterNames()) {
			query.put(name, url.queryParameter(name));
		}
		return query;
	}

	/**
	 * Subscribe to the publisher and assert that it emits exactly one value, which
	 * satisfies the given assertions, and then completes in time.
	 * @param <T> the type of the value
	 * @param publisher the publisher
	 * @param assertions the assertions on the value
	 */
	public static <T> void expectOne(Publisher<T> publisher, Consumer<? super T> assertions) {
		StepVerifier.create(publisher).assertNext(assertions).expectComplete().verify(TIMEOUT);
	}

	/**
	 * Subscribe to the publisher and return the error it fails with, asserting its type.
	 * @param <E> the expected error type
	 * @param publisher the publisher
	 * @param type the expected error type
	 * @return the error
	 */
	public static <E extends Throwable> E expectError(Publisher<?> publisher, Class<E> type) {
		AtomicReference<Throwable> error = new AtomicReference<>();
		StepVerifier.create(publisher).expectErrorSatisfies(error::set).verify(TIMEOUT);
		assertThat(error.get()).isInstanceOf(type);
		return type.cast(error.get());
	}

}
