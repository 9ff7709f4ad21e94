package com.cocoonmail.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Receives Cocoonmail's webhook deliveries, independent of the web framework that serves
 * them: checks the {@code Authorization} header in constant time, reads the reserved
 * {@code x-cocoon-*} headers, refuses deliveries outside the tolerance, answers repeats
 * without publishing them again, and publishes every other delivery as one
 * {@link CocoonmailWebhookEvent}. {@link WebFluxWebhookRoutes} and
 * {@link WebMvcWebhookRoutes} serve it.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class CocoonmailWebhookReceiver {

	private static final Log logger = LogFactory.getLog(CocoonmailWebhookReceiver.class);

	private static final Duration RETENTION_WITHOUT_TOLERANCE = Duration.ofHours(24);

	private final WebhookAuthorization authorization;

	private final Duration tolerance;

	private final int maxBodySize;

	private final CocoonmailWebhookReceipts receipts;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private CocoonmailWebhookReceiver(Builder builder) {
		Assert.state(builder.publisher != null, "An ApplicationEventPublisher is required");
		Assert.isTrue(!builder.tolerance.isNegative(), "tolerance must not be negative");
		Assert.isTrue(builder.maxBodySize > 0, "maxBodySize must be positive");
		this.authorization = new WebhookAuthorization(builder.authorization);
		this.tolerance = builder.tolerance;
		this.maxBodySize = builder.maxBodySize;
		this.clock = builder.clock;
		this.receipts = (builder.receipts != null) ? builder.receipts
				: CocoonmailWebhookReceipts.inMemory(100_000, this.clock);
		this.publisher = builder.publisher;
	}

	/**
	 * Return a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	int maxBodySize() {
		return this.maxBodySize;
	}

	/**
	 * Screen a delivery before its body is read.
	 * @param header looks a request header up by name, case-insensitively
	 * @param contentLength the declared length of the body, negative if unknown
	 * @return the reserved headers
	 * @throws WebhookRefusal if the delivery is refused
	 */
	WebhookHeaders screen(Function<String, @Nullable String> header, long contentLength) {
		try {
			if (!this.authorization.accepts(header.apply("Authorization"))) {
				throw WebhookRefusal.unauthorized();
			}
			if (contentLength > this.maxBodySize) {
				throw tooLarge();
			}
			WebhookHeaders headers = WebhookHeaders.read(header);
			checkTolerance(headers.occurredAt());
			return headers;
		}
		catch (WebhookRefusal ex) {
			log(ex.answer());
			throw ex;
		}
	}

	/**
	 * Return the refusal of a body that turned out larger than the limit while it was
	 * read.
	 * @return the refusal
	 */
	WebhookRefusal tooLarge() {
		return WebhookRefusal.tooLarge(this.maxBodySize);
	}

	/**
	 * Log a refusal made by an adapter after screening.
	 * @param refusal the refusal
	 * @return its answer
	 */
	WebhookAnswer refused(WebhookRefusal refusal) {
		log(refusal.answer());
		return refusal.answer();
	}

	/**
	 * Accept a screened delivery: publish it unless it is a repeat. Listeners run in the
	 * calling thread, which must be allowed to block.
	 * @param headers the screened headers
	 * @param body the raw body
	 * @return the answer
	 */
	WebhookAnswer accept(WebhookHeaders headers, byte[] body) {
		String digest = WebhookDigest.of(headers, body);
		try {
			if (!this.receipts.record(digest, expiresAt(headers.occurredAt()))) {
				logger.debug("Repeated " + headers.type() + " webhook answered without publishing it again");
				return new WebhookAnswer(WebhookOutcome.DUPLICATE, "");
			}
		}
		catch (RuntimeException ex) {
			logger.error("Could not record the receipt of a " + headers.type()
					+ " webhook; answering 500 so that Cocoonmail delivers it again", ex);
			return new WebhookAnswer(WebhookOutcome.FAILED, "Receipt could not be stored");
		}
		try {
			this.publisher.publishEvent(
					new CocoonmailWebhookEvent(this, headers.type(), headers.occurredAt(), headers.messageId(),
							headers.contactUuid(), headers.contactEmail(), new String(body, StandardCharsets.UTF_8)));
			return new WebhookAnswer(WebhookOutcome.ACCEPTED, "");
		}
		catch (RuntimeException ex) {
			forget(digest);
			logger.error("A listener failed on a " + headers.type()
					+ " webhook; answering 500 so that Cocoonmail delivers it again", ex);
			return new WebhookAnswer(WebhookOutcome.FAILED, "Listener failed");
		}
	}

	private void forget(String digest) {
		try {
			this.receipts.forget(digest);
		}
		catch (RuntimeException ex) {
			logger.error("Could not forget the receipt of a failed webhook; a repeat will not be published", ex);
		}
	}

	private void checkTolerance(Instant occurredAt) {
		if (this.tolerance.isZero()) {
			return;
		}
		Duration offset = Duration.between(this.clock.instant(), occurredAt).abs();
		if (offset.compareTo(this.tolerance) > 0) {
			throw WebhookRefusal.stale("x-cocoon-event-datetime " + occurredAt + " is " + offset.withNanos(0)
					+ " away from the receiver's clock, more than the tolerance of " + this.tolerance);
		}
	}

	private Instant expiresAt(Instant occurredAt) {
		Instant now = this.clock.instant();
		if (this.tolerance.isZero()) {
			return now.plus(RETENTION_WITHOUT_TOLERANCE);
		}
		Instant latest = occurredAt.isAfter(now) ? occurredAt : now;
		return latest.plus(this.tolerance);
	}

	private void log(WebhookAnswer answer) {
		logger.warn("Refused a Cocoonmail webhook with " + answer.status() + ": " + answer.message());
	}

	@Override
	public String toString() {
		return "CocoonmailWebhookReceiver[tolerance=" + this.tolerance + ", maxBodySize=" + this.maxBodySize + "]";
	}

	/**
	 * Builds a {@link CocoonmailWebhookReceiver}.
	 */
	public static final class Builder {

		private List<String> authorization = List.of();

		private Duration tolerance = Duration.ofMinutes(5);

		private int maxBodySize = 1024 * 1024;

		private @Nullable CocoonmailWebhookReceipts receipts;

		private @Nullable ApplicationEventPublisher publisher;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Set the accepted {@code Authorization} header values; at least one is required.
		 * @param values the values
		 * @return this builder
		 */
		public Builder authorization(List<String> values) {
			this.authorization = List.copyOf(values);
			return this;
		}

		/**
		 * Set how far {@code x-cocoon-event-datetime} may be from now; zero disables the
		 * check.
		 * @param tolerance the tolerance
		 * @return this builder
		 */
		public Builder tolerance(Duration tolerance) {
			this.tolerance = tolerance;
			return this;
		}

		/**
		 * Set the largest accepted body, in bytes.
		 * @param maxBodySize the limit
		 * @return this builder
		 */
		public Builder maxBodySize(int maxBodySize) {
			this.maxBodySize = maxBodySize;
			return this;
		}

		/**
		 * Set where receipts are kept; in memory by default.
		 * @param receipts the receipts
		 * @return this builder
		 */
		public Builder receipts(CocoonmailWebhookReceipts receipts) {
			this.receipts = receipts;
			return this;
		}

		/**
		 * Set the publisher of the events; required.
		 * @param publisher the publisher
		 * @return this builder
		 */
		public Builder publisher(ApplicationEventPublisher publisher) {
			this.publisher = publisher;
			return this;
		}

		/**
		 * Set the clock the tolerance is measured with.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the receiver.
		 * @return the receiver
		 */
		public CocoonmailWebhookReceiver build() {
			return new CocoonmailWebhookReceiver(this);
		}

	}

}
