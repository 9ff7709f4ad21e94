package com.cocoonmail.spring.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.cocoonmail.spring.client.ResponseReaders.ContactPage;
import com.cocoonmail.spring.client.ResponseReaders.ResponseReader;
import com.cocoonmail.spring.client.model.ApiKeyValidation;
import com.cocoonmail.spring.client.model.Contact;
import com.cocoonmail.spring.client.model.ContactLookup;
import com.cocoonmail.spring.client.model.ContactResponse;
import com.cocoonmail.spring.client.model.CustomField;
import com.cocoonmail.spring.client.model.EmailUsage;
import com.cocoonmail.spring.client.model.EmailVerification;
import com.cocoonmail.spring.client.model.MailStatus;
import com.cocoonmail.spring.client.model.MailingList;
import com.cocoonmail.spring.client.model.Quota;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendEventResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import com.cocoonmail.spring.client.model.SendWhatsAppRequest;
import com.cocoonmail.spring.client.model.SendWhatsAppResponse;
import com.cocoonmail.spring.client.model.WhatsAppStatus;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link CocoonmailOperations} on a {@link WebClient}. Build one with {@link #builder()};
 * Spring Boot applications get one from the auto-configuration.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailClient implements CocoonmailOperations {

	private static final Log logger = LogFactory.getLog(CocoonmailClient.class);

	private static final ResponseReader<SendEventResponse> SEND_EVENT_RESPONSE = ResponseReaders
		.object(SendEventResponse.class);

	/**
	 * The largest response body the client reads, 16 MiB; a mail status carries the
	 * mail's HTML.
	 */
	static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	private final CocoonmailRequestChain chain;

	private final CocoonmailEndpoints endpoints;

	private final String baseUrl;

	private final int contactsPageSize;

	private final CocoonmailSendListener sendListener;

	CocoonmailClient(Builder builder) {
		String apiKey = builder.apiKey;
		Assert.state(StringUtils.hasText(apiKey), "An API key is required: set cocoonmail.api-key");
		this.baseUrl = CocoonmailBaseUrl.requireSecure(builder.baseUrl);
		WebClient webClient = builder.webClientBuilder.clone()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES))
			.baseUrl(this.baseUrl)
			.defaultHeaders((headers) -> {
				builder.authScheme.apply(headers, apiKey);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.set("User-Agent", USER_AGENT);
			})
			.build();
		ResponseErrors errors = new ResponseErrors(new SecretRedactor(apiKey), builder.rateLimitTimeout);
		this.chain = new CocoonmailRequestChain(webClient, errors, builder.pacer, builder.retryPolicy,
				builder.responseTimeout, builder.observationRegistry);
		this.endpoints = CocoonmailEndpoints.of(this.baseUrl, builder.paths);
		this.contactsPageSize = builder.contactsPageSize;
		this.sendListener = builder.sendListener;
	}

	/**
	 * Cocoonmail's production base URL.
	 * @since 0.2.0
	 */
	public static final String DEFAULT_BASE_URL = CocoonmailBaseUrl.DEFAULT;

	/**
	 * The {@code User-Agent} sent with every request.
	 */
	public static final String USER_AGENT = "cocoonmail-spring-boot/" + CocoonmailVersion.get();

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<ApiKeyValidation> validateApiKey() {
		return call(CocoonmailRequest.of(this.endpoints.validateApiKey(), null),
				ResponseReaders.object(ApiKeyValidation.class));
	}

	@Override
	public Mono<SendMailResponse> sendMail(SendMailRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return call(CocoonmailRequest.of(this.endpoints.sendMail(), request),
					ResponseReaders.reportingQuotas(SendMailResponse.class, SendMailResponse::quotas))
				.transform((call) -> tell(call, (response) -> this.sendListener.mailSent(request, response),
						(failure) -> this.sendListener.mailFailed(request, failure)));
		});
	}

	@Override
	public Mono<SendDirectResponse> sendDirectMail(SendDirectRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return call(CocoonmailRequest.of(this.endpoints.sendDirectMail(), request),
					ResponseReaders.object(SendDirectResponse.class))
				.transform((call) -> tell(call, (response) -> this.sendListener.directMailSent(request, response),
						(failure) -> this.sendListener.directMailFailed(request, failure)));
		});
	}

	@Override
	public Mono<MailStatus> getMailStatus(String messageId) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("mail status lookup", "message_id", messageId, false);
			return call(CocoonmailRequest.query(this.endpoints.getMailStatus(), Map.of("message_id", messageId)),
					ResponseReaders.data(MailStatus.class));
		});
	}

	@Override
	public Mono<EmailUsage> getEmailUsage() {
		return call(CocoonmailRequest.of(this.endpoints.getEmailUsage(), null),
				ResponseReaders.reportingQuotas(EmailUsage.class, EmailUsage::quotas));
	}

	@Override
	public Mono<SendEventResponse> sendEvent(SendEventRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return call(CocoonmailRequest.of(this.endpoints.sendEvent(), request), SEND_EVENT_RESPONSE);
		});
	}

	@Override
	public Mono<EmailVerification> verifyEmail(String email) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("email verification", "email", email, true);
			return call(CocoonmailRequest.of(this.endpoints.verifyEmail(), Map.of("email", email)),
					ResponseReaders.data(EmailVerification.class));
		});
	}

	@Override
	public Mono<SendWhatsAppResponse> sendWhatsApp(SendWhatsAppRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return call(CocoonmailRequest.of(this.endpoints.sendWhatsApp(), request),
					ResponseReaders.reportingQuotas(SendWhatsAppResponse.class, SendWhatsAppResponse::quotas));
		});
	}

	@Override
	public Mono<WhatsAppStatus> getWhatsAppStatus(String messageId) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("WhatsApp status lookup", "message_id", messageId, false);
			return call(CocoonmailRequest.query(this.endpoints.getWhatsAppStatus(), Map.of("message_id", messageId)),
					ResponseReaders.data(WhatsAppStatus.class));
		});
	}

	@Override
	public Mono<ContactResponse> createContact(Contact contact) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateNew(contact);
			return call(CocoonmailRequest.of(this.endpoints.createContact(), contact),
					ResponseReaders.object(ContactResponse.class));
		});
	}

	@Override
	public Mono<ContactResponse> updateContact(Contact contact) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateUpdate(contact);
			return call(CocoonmailRequest.of(this.endpoints.updateContact(), contact),
					ResponseReaders.object(ContactResponse.class));
		});
	}

	@Override
	public Flux<Contact> findContacts(ContactLookup lookup) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(lookup);
			Map<String, String> query = StringUtils.hasText(lookup.email()) ? Map.of("email", lookup.email())
					: Map.of("user_id", lookup.userId());
			return call(CocoonmailRequest.query(this.endpoints.findContacts(), query),
					ResponseReaders.list(Contact.class));
		}).flatMapIterable(Function.identity());
	}

	@Override
	public Mono<Void> deleteContact(ContactLookup lookup) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(lookup);
			return call(CocoonmailRequest.of(this.endpoints.deleteContact(), lookup), ResponseReaders.<Void>nothing());
		});
	}

	@Override
	public Flux<Contact> listContacts() {
		return contactPage(1).expand((current) -> current.hasNext() ? contactPage(current.number() + 1) : Mono.empty())
			.concatMap((current) -> Flux.fromIterable(current.contacts()), 0);
	}

	private Mono<ContactPage> contactPage(int page) {
		Map<String, String> query = Map.of("page", String.valueOf(page), "per_page",
				String.valueOf(this.contactsPageSize));
		return call(CocoonmailRequest.query(this.endpoints.listContacts(), query), ResponseReaders.contactPage(page));
	}

	@Override
	public Flux<MailingList> listMailingLists() {
		return call(CocoonmailRequest.of(this.endpoints.listMailingLists(), null),
				ResponseReaders.list(MailingList.class))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Flux<CustomField> listCustomFields() {
		return call(CocoonmailRequest.of(this.endpoints.listCustomFields(), null),
				ResponseReaders.list(CustomField.class))
			.flatMapIterable(Function.identity());
	}

	/**
	 * Return what Cocoonmail last said about the rate limit and quotas.
	 * @return the state, {@link RateLimitState#UNKNOWN} before the first response
	 * @since 0.2.0
	 */
	public RateLimitState rateLimitState() {
		return this.chain.state();
	}

	/**
	 * Check a mail request as {@link #sendMail} does before sending it, for callers that
	 * accept a request now and send it later.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem, if it is invalid
	 * @since 0.2.0
	 */
	public static void validate(SendMailRequest request) {
		CocoonmailRequestValidator.validate(request);
	}

	/**
	 * Check an event request as {@link #sendEvent} does before sending it, for callers
	 * that accept a request now and send it later.
	 * @param request the request
	 * @throws CocoonmailValidationException listing every problem, if it is invalid
	 * @since 0.2.0
	 */
	public static void validate(SendEventRequest request) {
		CocoonmailRequestValidator.validate(request);
	}

	/**
	 * Return the base URL requests are sent to.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Return the {@code x-ratelimit-remaining} of the last response that carried one.
	 * @return the remaining requests in the current window, or {@code null} if not yet
	 * known
	 * @see #rateLimitState()
	 */
	public @Nullable Integer getLastRateLimitRemaining() {
		return rateLimitState().remaining();
	}

	/**
	 * Return the quotas of the last response that reported any (sends and usage).
	 * @return the quotas, empty if none were reported yet
	 * @see #rateLimitState()
	 */
	public Map<String, Quota> getLastQuotas() {
		return rateLimitState().quotas();
	}

	@Override
	public String toString() {
		return "CocoonmailClient[baseUrl=" + this.baseUrl + "]";
	}

	private <T> Mono<T> call(CocoonmailRequest request, ResponseReader<T> reader) {
		return this.chain.call(request, reader);
	}

	private static <T> Mono<T> tell(Mono<T> call, Function<T, Mono<Void>> sent,
			Function<Throwable, Mono<Void>> failed) {
		return call.flatMap((response) -> listening(sent.apply(response)).thenReturn(response))
			.onErrorResume((failure) -> listening(failed.apply(failure)).then(Mono.error(failure)));
	}

	private static Mono<Void> listening(Mono<Void> listener) {
		return listener.onErrorResume((ex) -> {
			logger.warn("A CocoonmailSendListener failed; the call's own outcome is unchanged", ex);
			return Mono.empty();
		});
	}

	/**
	 * Builds a {@link CocoonmailClient}.
	 */
	public static final class Builder {

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable String apiKey;

		private CocoonmailAuthScheme authScheme = CocoonmailAuthScheme.BEARER;

		private CocoonmailPaths paths = CocoonmailPaths.defaults();

		private CocoonmailRetryPolicy retryPolicy = CocoonmailRetryPolicy.defaults();

		private CocoonmailRequestPacer pacer = CocoonmailRequestPacer.unpaced();

		private @Nullable Duration responseTimeout;

		private Duration rateLimitTimeout = Duration.ofSeconds(30);

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private int contactsPageSize = 100;

		private CocoonmailSendListener sendListener = CocoonmailSendListener.NONE;

		private Builder() {
		}

		/**
		 * Tell this listener of every mail sent or failed for good.
		 * @param sendListener the listener
		 * @return this builder
		 */
		public Builder sendListener(CocoonmailSendListener sendListener) {
			this.sendListener = sendListener;
			return this;
		}

		/**
		 * Use this {@link WebClient.Builder} (it is cloned, not changed).
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Send requests to this base URL; plain {@code http} is allowed for loopback
		 * hosts only.
		 * @param baseUrl the base URL, by default {@code https://webhook.cocoonmail.com}
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Authenticate with this API key.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Send the key this way, by default {@link CocoonmailAuthScheme#BEARER}.
		 * @param authScheme the scheme
		 * @return this builder
		 */
		public Builder authScheme(CocoonmailAuthScheme authScheme) {
			this.authScheme = authScheme;
			return this;
		}

		/**
		 * Use these paths for the endpoints Cocoonmail does not document.
		 * @param paths the paths
		 * @return this builder
		 */
		public Builder paths(CocoonmailPaths paths) {
			this.paths = paths;
			return this;
		}

		/**
		 * Retry failed calls this way, by default
		 * {@link CocoonmailRetryPolicy#defaults()}.
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(CocoonmailRetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Pace every attempt with this pacer, by default none.
		 * @param pacer the pacer
		 * @return this builder
		 */
		public Builder pacer(CocoonmailRequestPacer pacer) {
			this.pacer = pacer;
			return this;
		}

		/**
		 * Fail an attempt whose answer takes longer than this.
		 * @param responseTimeout the timeout, or {@code null} for none
		 * @return this builder
		 */
		public Builder responseTimeout(@Nullable Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
			return this;
		}

		/**
		 * Fail a call at once, without retrying, when Cocoonmail asks it to wait longer
		 * than this ({@code Retry-After} or {@code X-RateLimit-Reset}); by default 30
		 * seconds, as {@code cocoonmail.rate-limit.timeout}.
		 * @param rateLimitTimeout the longest wait a caller accepts
		 * @return this builder
		 * @since 0.2.0
		 */
		public Builder rateLimitTimeout(Duration rateLimitTimeout) {
			Assert.isTrue(!rateLimitTimeout.isNegative(), "rateLimitTimeout must not be negative");
			this.rateLimitTimeout = rateLimitTimeout;
			return this;
		}

		/**
		 * Record an observation per call in this registry.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Ask for this many contacts per page in {@code listContacts}, by default 100.
		 * @param contactsPageSize the page size
		 * @return this builder
		 */
		public Builder contactsPageSize(int contactsPageSize) {
			Assert.isTrue(contactsPageSize > 0, "contactsPageSize must be positive");
			this.contactsPageSize = contactsPageSize;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalStateException if no API key was set
		 * @throws IllegalArgumentException if the base URL is malformed or insecure
		 */
		public CocoonmailClient build() {
			return new CocoonmailClient(this);
		}

	}

}
