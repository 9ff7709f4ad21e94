package com.cocoonmail.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.cocoonmail.spring.client.AnswerReaders.ContactPage;
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

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

/**
 * {@link CocoonmailOperations} on a {@link WebClient}. Build one with {@link #builder()};
 * Spring Boot applications get one from the auto-configuration.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
public class CocoonmailClient implements CocoonmailOperations {

	private static final Log logger = LogFactory.getLog(CocoonmailClient.class);

	private static final Function<UriBuilder, URI> NO_QUERY = UriBuilder::build;

	private static final CocoonmailEndpoint VALIDATE_API_KEY = CocoonmailEndpoint.read("validateApiKey", HttpMethod.GET,
			"/webhook/api_key/validate");

	private static final CocoonmailEndpoint SEND_MAIL = CocoonmailEndpoint.write("sendMail", "/webhook/mail/send");

	private static final CocoonmailEndpoint SEND_DIRECT_MAIL = CocoonmailEndpoint.write("sendDirectMail",
			"/webhook/mail/send-direct");

	private static final CocoonmailEndpoint GET_MAIL_STATUS = CocoonmailEndpoint.read("getMailStatus", HttpMethod.GET,
			"/webhook/mail/status");

	private static final CocoonmailEndpoint GET_EMAIL_USAGE = CocoonmailEndpoint.read("getEmailUsage", HttpMethod.POST,
			"/webhook/mail/usage");

	private static final CocoonmailEndpoint SEND_EVENT = CocoonmailEndpoint.write("sendEvent", "/webhook/event/send");

	private static final CocoonmailEndpoint VERIFY_EMAIL = CocoonmailEndpoint.read("verifyEmail", HttpMethod.POST,
			"/webhook/email/verify");

	private static final CocoonmailEndpoint SEND_WHATSAPP = CocoonmailEndpoint.write("sendWhatsApp",
			"/webhook/whatsapp_message/send");

	private static final CocoonmailEndpoint GET_WHATSAPP_STATUS = CocoonmailEndpoint.read("getWhatsAppStatus",
			HttpMethod.GET, "/webhook/whatsapp_message/status");

	private final CocoonmailRequestExecutor executor;

	private final String baseUrl;

	private final CocoonmailEndpoint createContact;

	private final CocoonmailEndpoint updateContact;

	private final CocoonmailEndpoint findContacts;

	private final CocoonmailEndpoint deleteContact;

	private final CocoonmailEndpoint listContacts;

	private final CocoonmailEndpoint listMailingLists;

	private final CocoonmailEndpoint listCustomFields;

	private final int contactsPageSize;

	private final CocoonmailSendListener sendListener;

	private volatile Map<String, Quota> lastQuotas = Map.of();

	CocoonmailClient(Builder builder) {
		String apiKey = builder.apiKey;
		Assert.state(StringUtils.hasText(apiKey), "An API key is required: set cocoonmail.api-key");
		this.baseUrl = CocoonmailBaseUrl.requireSecure(builder.baseUrl);
		WebClient webClient = builder.webClientBuilder.clone()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.baseUrl(this.baseUrl)
			.defaultHeaders((headers) -> {
				builder.authScheme.apply(headers, apiKey);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.set("User-Agent", USER_AGENT);
			})
			.build();
		this.executor = new CocoonmailRequestExecutor(webClient, new CocoonmailErrorMapper(new SecretRedactor(apiKey)),
				builder.pacer, builder.retryPolicy, builder.responseTimeout, builder.observationRegistry);
		CocoonmailPaths paths = builder.paths;
		this.createContact = CocoonmailEndpoint.write("createContact", paths.createContact());
		this.updateContact = CocoonmailEndpoint.write("updateContact", paths.updateContact());
		this.findContacts = CocoonmailEndpoint.read("findContacts", HttpMethod.GET, paths.findContacts());
		this.deleteContact = CocoonmailEndpoint.write("deleteContact", paths.deleteContact());
		this.listContacts = CocoonmailEndpoint.read("listContacts", HttpMethod.GET, paths.listContacts());
		this.listMailingLists = CocoonmailEndpoint.read("listMailingLists", HttpMethod.GET, paths.listMailingLists());
		this.listCustomFields = CocoonmailEndpoint.read("listCustomFields", HttpMethod.GET, paths.listCustomFields());
		this.contactsPageSize = builder.contactsPageSize;
		this.sendListener = builder.sendListener;
	}

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
		return execute(VALIDATE_API_KEY, null, AnswerReaders.object(ApiKeyValidation.class));
	}

	@Override
	public Mono<SendMailResponse> sendMail(SendMailRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return execute(SEND_MAIL, request, AnswerReaders.object(SendMailResponse.class))
				.doOnNext((response) -> rememberQuotas(response.quotas()))
				.transform((call) -> tell(call, (response) -> this.sendListener.mailSent(request, response),
						(failure) -> this.sendListener.mailFailed(request, failure)));
		});
	}

	@Override
	public Mono<SendDirectResponse> sendDirectMail(SendDirectRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return execute(SEND_DIRECT_MAIL, request, AnswerReaders.object(SendDirectResponse.class))
				.transform((call) -> tell(call, (response) -> this.sendListener.directMailSent(request, response),
						(failure) -> this.sendListener.directMailFailed(request, failure)));
		});
	}

	@Override
	public Mono<MailStatus> getMailStatus(String messageId) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("mail status lookup", "message_id", messageId, false);
			return this.executor.execute(GET_MAIL_STATUS, query(GET_MAIL_STATUS, Map.of("message_id", messageId)), null,
					AnswerReaders.data(MailStatus.class));
		});
	}

	@Override
	public Mono<EmailUsage> getEmailUsage() {
		return execute(GET_EMAIL_USAGE, null, AnswerReaders.object(EmailUsage.class))
			.doOnNext((usage) -> rememberQuotas(usage.quotas()));
	}

	@Override
	public Mono<SendEventResponse> sendEvent(SendEventRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return execute(SEND_EVENT, request, AnswerReaders.object(SendEventResponse.class));
		});
	}

	@Override
	public Mono<EmailVerification> verifyEmail(String email) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("email verification", "email", email, true);
			return execute(VERIFY_EMAIL, Map.of("email", email), AnswerReaders.data(EmailVerification.class));
		});
	}

	@Override
	public Mono<SendWhatsAppResponse> sendWhatsApp(SendWhatsAppRequest request) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(request);
			return execute(SEND_WHATSAPP, request, AnswerReaders.object(SendWhatsAppResponse.class))
				.doOnNext((response) -> rememberQuotas(response.quotas()));
		});
	}

	@Override
	public Mono<WhatsAppStatus> getWhatsAppStatus(String messageId) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateValue("WhatsApp status lookup", "message_id", messageId, false);
			return this.executor.execute(GET_WHATSAPP_STATUS,
					query(GET_WHATSAPP_STATUS, Map.of("message_id", messageId)), null,
					AnswerReaders.data(WhatsAppStatus.class));
		});
	}

	@Override
	public Mono<ContactResponse> createContact(Contact contact) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateNew(contact);
			return execute(this.createContact, contact, AnswerReaders.object(ContactResponse.class));
		});
	}

	@Override
	public Mono<ContactResponse> updateContact(Contact contact) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validateUpdate(contact);
			return execute(this.updateContact, contact, AnswerReaders.object(ContactResponse.class));
		});
	}

	@Override
	public Flux<Contact> findContacts(ContactLookup lookup) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(lookup);
			Map<String, String> query = StringUtils.hasText(lookup.email()) ? Map.of("email", lookup.email())
					: Map.of("user_id", lookup.userId());
			return this.executor.execute(this.findContacts, query(this.findContacts, query), null,
					AnswerReaders.list(Contact.class));
		}).flatMapIterable(Function.identity());
	}

	@Override
	public Mono<Void> deleteContact(ContactLookup lookup) {
		return Mono.defer(() -> {
			CocoonmailRequestValidator.validate(lookup);
			return execute(this.deleteContact, lookup, AnswerReaders.<Void>nothing());
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
		return this.executor.execute(this.listContacts, query(this.listContacts, query), null,
				(body) -> AnswerReaders.contactPage(body, page));
	}

	@Override
	public Flux<MailingList> listMailingLists() {
		return execute(this.listMailingLists, null, AnswerReaders.list(MailingList.class))
			.flatMapIterable(Function.identity());
	}

	@Override
	public Flux<CustomField> listCustomFields() {
		return execute(this.listCustomFields, null, AnswerReaders.list(CustomField.class))
			.flatMapIterable(Function.identity());
	}

	/**
	 * Return the base URL requests are sent to.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Return the {@code x-ratelimit-remaining} of the last answer that carried one.
	 * @return the remaining requests in the current window, or {@code null} if not yet
	 * known
	 */
	public @Nullable Integer getLastRateLimitRemaining() {
		return this.executor.lastRemaining();
	}

	/**
	 * Return the quotas of the last answer that reported any (sends and usage).
	 * @return the quotas, empty if none were reported yet
	 */
	public Map<String, Quota> getLastQuotas() {
		return this.lastQuotas;
	}

	private void rememberQuotas(Map<String, Quota> quotas) {
		if (!quotas.isEmpty()) {
			Map<String, Quota> merged = new LinkedHashMap<>(this.lastQuotas);
			merged.putAll(quotas);
			this.lastQuotas = Map.copyOf(merged);
		}
	}

	@Override
	public String toString() {
		return "CocoonmailClient[baseUrl=" + this.baseUrl + "]";
	}

	private <T> Mono<T> execute(CocoonmailEndpoint endpoint, @Nullable Object body,
			CocoonmailRequestExecutor.AnswerReader<T> reader) {
		return this.executor.execute(endpoint, (builder) -> builder.path(endpoint.path()).build(), body, reader);
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

	private static Function<UriBuilder, URI> query(CocoonmailEndpoint endpoint, Map<String, String> parameters) {
		return (builder) -> {
			builder.path(endpoint.path());
			parameters.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
			return builder.build(parameters);
		};
	}

	/**
	 * Builds a {@link CocoonmailClient}.
	 */
	public static final class Builder {

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private String baseUrl = CocoonmailBaseUrl.DEFAULT;

		private @Nullable String apiKey;

		private CocoonmailAuthScheme authScheme = CocoonmailAuthScheme.BEARER;

		private CocoonmailPaths paths = CocoonmailPaths.defaults();

		private CocoonmailRetryPolicy retryPolicy = CocoonmailRetryPolicy.defaults();

		private CocoonmailRequestPacer pacer = CocoonmailRequestPacer.unpaced();

		private @Nullable Duration responseTimeout;

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
