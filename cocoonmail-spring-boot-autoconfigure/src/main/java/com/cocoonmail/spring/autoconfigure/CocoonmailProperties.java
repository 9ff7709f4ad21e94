package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;

import com.cocoonmail.spring.client.CocoonmailAuthScheme;
import com.cocoonmail.spring.client.CocoonmailPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Cocoonmail.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@ConfigurationProperties("cocoonmail")
public class CocoonmailProperties {

	/**
	 * Cocoonmail API key; setting it switches the auto-configuration on.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the Cocoonmail API; plain http is accepted only for a loopback host.
	 */
	private String baseUrl = "https://webhook.cocoonmail.com";

	/**
	 * How the API key is sent: 'bearer' (Authorization header) or 'header'
	 * (X-COCOONMAIL-API_KEY header).
	 */
	private CocoonmailAuthScheme authScheme = CocoonmailAuthScheme.BEARER;

	/**
	 * Connect timeout of the HTTP client.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Longest wait for an answer to one attempt.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	private final RateLimit rateLimit = new RateLimit();

	private final Retry retry = new Retry();

	private final Health health = new Health();

	private final Events events = new Events();

	private final Paths paths = new Paths();

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public CocoonmailAuthScheme getAuthScheme() {
		return this.authScheme;
	}

	public void setAuthScheme(CocoonmailAuthScheme authScheme) {
		this.authScheme = authScheme;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	public Events getEvents() {
		return this.events;
	}

	public Paths getPaths() {
		return this.paths;
	}

	@Override
	public String toString() {
		return "CocoonmailProperties[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "******" : null)
				+ "]";
	}

	/**
	 * Client-side pacing under Cocoonmail's per-team rate limit.
	 */
	public static class RateLimit {

		/**
		 * Whether requests are paced on the client.
		 */
		private boolean enabled = true;

		/**
		 * Most requests sent in any sliding one-second window.
		 */
		private int requestsPerSecond = 10;

		/**
		 * Longest wait for a permit to send; a longer wait fails the call.
		 */
		private Duration timeout = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getRequestsPerSecond() {
			return this.requestsPerSecond;
		}

		public void setRequestsPerSecond(int requestsPerSecond) {
			this.requestsPerSecond = requestsPerSecond;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Retries of failed calls.
	 */
	public static class Retry {

		/**
		 * Most attempts per call, the first included.
		 */
		private int maxAttempts = 4;

		/**
		 * Wait before the first retry, doubled for each further one.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts, unless Cocoonmail asks for a longer one.
		 */
		private Duration maxBackoff = Duration.ofSeconds(30);

		/**
		 * Whether sends, events and contact writes are also retried after a 5xx or a
		 * timeout, at the risk of sending twice.
		 */
		private boolean nonIdempotent;

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public boolean isNonIdempotent() {
			return this.nonIdempotent;
		}

		public void setNonIdempotent(boolean nonIdempotent) {
			this.nonIdempotent = nonIdempotent;
		}

	}

	/**
	 * Health indicator.
	 */
	public static class Health {

		/**
		 * How long an API-key validation result is reused by the health indicator.
		 */
		private Duration cacheTimeToLive = Duration.ofSeconds(60);

		public Duration getCacheTimeToLive() {
			return this.cacheTimeToLive;
		}

		public void setCacheTimeToLive(Duration cacheTimeToLive) {
			this.cacheTimeToLive = cacheTimeToLive;
		}

	}

	/**
	 * Event bridge turning application events into Cocoonmail events and mails.
	 */
	public static class Events {

		/**
		 * Whether the event bridge is enabled.
		 */
		private boolean enabled = true;

		/**
		 * Most requests waiting to be sent; publishing more fails the publisher.
		 */
		private int queueCapacity = 10000;

		/**
		 * Longest time to drain the queue on shutdown; what is left is reported as
		 * failed.
		 */
		private Duration shutdownTimeout = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getQueueCapacity() {
			return this.queueCapacity;
		}

		public void setQueueCapacity(int queueCapacity) {
			this.queueCapacity = queueCapacity;
		}

		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

	}

	/**
	 * Paths of the endpoints Cocoonmail names but does not document; the defaults are
	 * provisional.
	 */
	public static class Paths {

		/**
		 * Path of the create-contact endpoint.
		 */
		private String createContact = "/webhook/contact/create";

		/**
		 * Path of the update-contact endpoint.
		 */
		private String updateContact = "/webhook/contact/update";

		/**
		 * Path of the find-contacts endpoint.
		 */
		private String findContacts = "/webhook/contact/find";

		/**
		 * Path of the delete-contact endpoint.
		 */
		private String deleteContact = "/webhook/contact/delete";

		/**
		 * Path of the paged list-contacts endpoint.
		 */
		private String listContacts = "/webhook/contact/list";

		/**
		 * Path of the list-mailing-lists endpoint.
		 */
		private String listMailingLists = "/webhook/mailing_list/list";

		/**
		 * Path of the list-custom-fields endpoint.
		 */
		private String listCustomFields = "/webhook/custom_field/list";

		public String getCreateContact() {
			return this.createContact;
		}

		public void setCreateContact(String createContact) {
			this.createContact = createContact;
		}

		public String getUpdateContact() {
			return this.updateContact;
		}

		public void setUpdateContact(String updateContact) {
			this.updateContact = updateContact;
		}

		public String getFindContacts() {
			return this.findContacts;
		}

		public void setFindContacts(String findContacts) {
			this.findContacts = findContacts;
		}

		public String getDeleteContact() {
			return this.deleteContact;
		}

		public void setDeleteContact(String deleteContact) {
			this.deleteContact = deleteContact;
		}

		public String getListContacts() {
			return this.listContacts;
		}

		public void setListContacts(String listContacts) {
			this.listContacts = listContacts;
		}

		public String getListMailingLists() {
			return this.listMailingLists;
		}

		public void setListMailingLists(String listMailingLists) {
			this.listMailingLists = listMailingLists;
		}

		public String getListCustomFields() {
			return this.listCustomFields;
		}

		public void setListCustomFields(String listCustomFields) {
			this.listCustomFields = listCustomFields;
		}

		CocoonmailPaths toPaths() {
			return new CocoonmailPaths(this.createContact, this.updateContact, this.findContacts, this.deleteContact,
					this.listContacts, this.listMailingLists, this.listCustomFields);
		}

	}

}
