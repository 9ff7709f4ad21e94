package com.cocoonmail.spring.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailEventBridgeAutoConfiguration;
import com.cocoonmail.spring.test.LoopbackCocoonmail;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cocoonmail as event bridge tests need it, answering for a {@link LoopbackCocoonmail}:
 * it records every request, answers sends and events with success unless told otherwise,
 * and can hold requests until released. Use it with
 * {@code @RegisterExtension final LoopbackCocoonmail server = new LoopbackCocoonmail();}
 * and {@code final FakeCocoonmail cocoonmail = new FakeCocoonmail(this.server);}.
 *
 * @author Cocoonmail Team
 */
final class FakeCocoonmail extends Dispatcher {

	static final String EVENT_PATH = "/webhook/event/send";

	static final String MAIL_PATH = "/webhook/mail/send";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoopbackCocoonmail server;

	private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private volatile Function<RecordedRequest, MockResponse> answer = this::success;

	private volatile CountDownLatch hold = new CountDownLatch(0);

	private volatile Consumer<RecordedRequest> onRequest = (request) -> {
	};

	/**
	 * Create a fake that answers every request of the given server.
	 * @param server the server
	 */
	FakeCocoonmail(LoopbackCocoonmail server) {
		this.server = server;
		server.dispatchWith(this);
	}

	/**
	 * Return a runner of contexts with the Cocoonmail auto-configurations pointed at this
	 * server, without pacing, retrying every failure once after a millisecond, and with
	 * an {@link OutcomeRecorder}.
	 * @return the runner
	 */
	ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailEventBridgeAutoConfiguration.class))
			.withBean(OutcomeRecorder.class)
			.withPropertyValues("cocoonmail.api-key=test-key", "cocoonmail.base-url=" + this.server.baseUrl(),
					"cocoonmail.rate-limit.enabled=false", "cocoonmail.retry.max-attempts=2",
					"cocoonmail.retry.initial-backoff=1ms", "cocoonmail.retry.max-backoff=2ms",
					"cocoonmail.retry.non-idempotent=true");
	}

	/**
	 * Answer every request with the given status and an error body.
	 * @param code the status code
	 */
	void failWith(int code) {
		this.answer = (request) -> json(code, "{\"success\":false,\"message\":\"failed on purpose\"}");
	}

	/**
	 * Answer every request with success again.
	 */
	void succeed() {
		this.answer = this::success;
	}

	/**
	 * Keep every request waiting, without an answer, until {@link #release()}.
	 */
	void hold() {
		this.hold = new CountDownLatch(1);
	}

	/**
	 * Run the given action with every request before answering it, on the thread that
	 * serves the request.
	 * @param action the action
	 */
	void onRequest(Consumer<RecordedRequest> action) {
		this.onRequest = action;
	}

	void release() {
		this.hold.countDown();
	}

	/**
	 * Release the requests held, as the server closes.
	 */
	@Override
	public void close() {
		release();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
		this.received.add(request);
		this.onRequest.accept(request);
		this.hold.await(30, TimeUnit.SECONDS);
		return this.answer.apply(request);
	}

	private MockResponse success(RecordedRequest request) {
		int id = this.ids.incrementAndGet();
		if (EVENT_PATH.equals(request.getUrl().encodedPath())) {
			return json(201, "{\"success\":true,\"id\":\"event-" + id + "\"}");
		}
		String email = body(request).path("to").path(0).path("email").asString();
		return json(200, "{\"success\":true,\"failed_recipients\":[],\"report\":[{\"to\":\"" + email
				+ "\",\"message_id\":\"message-" + id + "\"}],\"message\":\"Transactional mails sent successfully\"}");
	}

	private static MockResponse json(int code, String body) {
		return LoopbackCocoonmail.answer(code, body).build();
	}

	/**
	 * Return every request received so far, in arrival order.
	 * @return the requests
	 */
	List<RecordedRequest> received() {
		return List.copyOf(this.received);
	}

	/**
	 * Return the requests received so far on the given path, in arrival order.
	 * @param path the path
	 * @return the requests
	 */
	List<RecordedRequest> received(String path) {
		return this.received.stream().filter((request) -> path.equals(request.getUrl().encodedPath())).toList();
	}

	/**
	 * Assert that a request has the given path and exactly the given JSON body.
	 * @param request the request
	 * @param path the expected path
	 * @param expectedJson the expected body
	 */
	static void assertRequest(RecordedRequest request, String path, String expectedJson) {
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getUrl().encodedPath()).isEqualTo(path);
		LoopbackCocoonmail.assertJsonBody(request, expectedJson);
	}

	/**
	 * Return the JSON body of a request.
	 * @param request the request
	 * @return the body
	 */
	static JsonNode body(RecordedRequest request) {
		return JSON.readTree(LoopbackCocoonmail.bodyOf(request));
	}

}
