package com.cocoonmail.spring.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailEventBridgeAutoConfiguration;
import com.cocoonmail.spring.client.CocoonmailSendListener;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Shared pieces of the delivery tests: the context runner with the Cocoonmail
 * auto-configurations, a send listener standing in for the ledger, and a listener of the
 * bridge's outcome events.
 *
 * @author Cocoonmail Team
 */
final class DeliveryTestSupport {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private DeliveryTestSupport() {
	}

	static ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CocoonmailAutoConfiguration.class,
					CocoonmailDeliveryAutoConfiguration.class, CocoonmailEventBridgeAutoConfiguration.class))
			.withBean(LedgerListener.class)
			.withBean(Outcomes.class)
			.withPropertyValues("cocoonmail.retry.max-attempts=1");
	}

	/**
	 * Keeps what the client tells the ledger: the request as the application made it and
	 * the response.
	 */
	static class LedgerListener implements CocoonmailSendListener {

		final List<SendMailRequest> requests = new CopyOnWriteArrayList<>();

		final List<SendMailResponse> responses = new CopyOnWriteArrayList<>();

		final List<Throwable> failures = new CopyOnWriteArrayList<>();

		@Override
		public Mono<Void> mailSent(SendMailRequest request, SendMailResponse response) {
			this.requests.add(request);
			this.responses.add(response);
			return Mono.empty();
		}

		@Override
		public Mono<Void> mailFailed(SendMailRequest request, Throwable failure) {
			this.requests.add(request);
			this.failures.add(failure);
			return Mono.empty();
		}

	}

	/**
	 * Keeps the bridge's delivered and failed events.
	 */
	static class Outcomes implements ApplicationListener<ApplicationEvent> {

		final List<ApplicationEvent> events = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event.getClass().getSimpleName().startsWith("CocoonmailDelivered")
					|| event.getClass().getSimpleName().startsWith("CocoonmailDeliveryFailed")) {
				this.events.add(event);
			}
		}

	}

}
