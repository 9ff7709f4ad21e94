package com.cocoonmail.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.cocoonmail.spring.client.CocoonmailAuthScheme;
import com.cocoonmail.spring.client.CocoonmailPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Configuration properties for Cocoonmail.
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "cocoonmail", ignoreUnknownFields = false)
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

	private final Delivery delivery = new Delivery();

	private final Sends sends = new Sends();

	private final Webhooks webhooks = new Webhooks();

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

	public Delivery getDelivery() {
		return this.delivery;
	}

	public Sends getSends() {
		return this.sends;
	}

	public Webhooks getWebhooks() {
		return this.webhooks;
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

		/**
		 * Where the request budget is kept: 'local' (per JVM), 'redis' (shared through
		 * Spring Data Redis) or 'jdbc' (shared through the application's DataSource).
		 */
		private Store store = Store.LOCAL;

		/**
		 * Name of the shared budget in the store; derived from a one-way hash of the API
		 * key when not set, never the key itself.
		 */
		private @Nullable String key;

		/**
		 * What to do when the shared store cannot be reached: 'local-share' (fall back to
		 * requests-per-second / instances per JVM) or 'fail' (fail calls with a typed
		 * error).
		 */
		private OnStoreFailure onStoreFailure = OnStoreFailure.LOCAL_SHARE;

		/**
		 * How many instances share the budget, for the 'local-share' fallback.
		 */
		private int instances = 1;

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public @Nullable String getKey() {
			return this.key;
		}

		public void setKey(@Nullable String key) {
			this.key = key;
		}

		public OnStoreFailure getOnStoreFailure() {
			return this.onStoreFailure;
		}

		public void setOnStoreFailure(OnStoreFailure onStoreFailure) {
			this.onStoreFailure = onStoreFailure;
		}

		public int getInstances() {
			return this.instances;
		}

		public void setInstances(int instances) {
			this.instances = instances;
		}

		/**
		 * Where the request budget is kept.
		 */
		public enum Store {

			/**
			 * Per JVM.
			 */
			LOCAL,

			/**
			 * Shared by every instance through Redis.
			 */
			REDIS,

			/**
			 * Shared by every instance through the application's {@code DataSource}.
			 */
			JDBC

		}

		/**
		 * What to do when the shared store cannot be reached.
		 */
		public enum OnStoreFailure {

			/**
			 * Fall back to {@code requests-per-second / instances} per JVM.
			 */
			LOCAL_SHARE,

			/**
			 * Fail calls with a typed error.
			 */
			FAIL

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

		/**
		 * Where queued requests are kept: 'memory', 'jdbc' (a transactional outbox on the
		 * application's DataSource), or 'auto' (jdbc when there is a DataSource).
		 */
		private Store store = Store.AUTO;

		/**
		 * A second request with the same idempotency key inside this window is not sent
		 * again.
		 */
		private Duration dedupeWindow = Duration.ofHours(24);

		/**
		 * How long a dispatcher owns a claimed request before another instance may take
		 * it over.
		 */
		private Duration lease = Duration.ofMinutes(2);

		@NestedConfigurationProperty
		private final Jdbc jdbc = new Jdbc();

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public Duration getDedupeWindow() {
			return this.dedupeWindow;
		}

		public void setDedupeWindow(Duration dedupeWindow) {
			this.dedupeWindow = dedupeWindow;
		}

		public Duration getLease() {
			return this.lease;
		}

		public void setLease(Duration lease) {
			this.lease = lease;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

		/**
		 * Where queued requests are kept.
		 */
		public enum Store {

			/**
			 * JDBC when the application has a {@code DataSource}, else memory.
			 */
			AUTO,

			/**
			 * In memory; lost when the JVM stops.
			 */
			MEMORY,

			/**
			 * In a transactional outbox on the application's {@code DataSource}.
			 */
			JDBC

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

	/**
	 * Where requests go: to Cocoonmail, to the log, or to the in-memory recorder.
	 */
	public static class Delivery {

		/**
		 * How requests are delivered: 'live' (sent to Cocoonmail), 'log' (logged, not
		 * sent) or 'capture' (kept in the recorder and the ledger, not sent).
		 */
		private Mode mode = Mode.LIVE;

		/**
		 * Recipient patterns, such as '*@example.com', outside which every recipient is
		 * refused; empty allows all.
		 */
		private List<String> allowedRecipients = new ArrayList<>();

		/**
		 * Address every mail is sent to instead of its recipients, which the ledger
		 * keeps.
		 */
		private @Nullable String redirectTo;

		public Mode getMode() {
			return this.mode;
		}

		public void setMode(Mode mode) {
			this.mode = mode;
		}

		public List<String> getAllowedRecipients() {
			return this.allowedRecipients;
		}

		public void setAllowedRecipients(List<String> allowedRecipients) {
			this.allowedRecipients = allowedRecipients;
		}

		public @Nullable String getRedirectTo() {
			return this.redirectTo;
		}

		public void setRedirectTo(@Nullable String redirectTo) {
			this.redirectTo = redirectTo;
		}

		/**
		 * How requests are delivered.
		 */
		public enum Mode {

			/**
			 * Sent to Cocoonmail.
			 */
			LIVE,

			/**
			 * Logged, not sent.
			 */
			LOG,

			/**
			 * Kept in the recorder and the ledger, not sent.
			 */
			CAPTURE

		}

	}

	/**
	 * Ledger of the mails sent, and its Mailcoach-compatible HTTP API.
	 */
	public static class Sends {

		/**
		 * Whether sends are recorded.
		 */
		private boolean enabled = true;

		/**
		 * Where sends are kept: 'memory' (bounded, newest kept), 'jdbc', or 'auto' (jdbc
		 * when there is a DataSource).
		 */
		private Store store = Store.AUTO;

		/**
		 * Sends older than this are purged.
		 */
		private Duration retention = Duration.ofDays(30);

		private final Api api = new Api();

		@NestedConfigurationProperty
		private final Jdbc jdbc = new Jdbc();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public Duration getRetention() {
			return this.retention;
		}

		public void setRetention(Duration retention) {
			this.retention = retention;
		}

		public Api getApi() {
			return this.api;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

		/**
		 * Where sends are kept.
		 */
		public enum Store {

			/**
			 * JDBC when the application has a {@code DataSource}, else memory.
			 */
			AUTO,

			/**
			 * In memory, bounded, newest kept.
			 */
			MEMORY,

			/**
			 * In a table on the application's {@code DataSource}.
			 */
			JDBC

		}

		/**
		 * HTTP API over the sends.
		 */
		public static class Api {

			/**
			 * Whether the sends HTTP API is served.
			 */
			private boolean enabled = false;

			/**
			 * Path of the sends HTTP API.
			 */
			private String path = "/api/sends";

			/**
			 * Token requests must send as 'Authorization: Bearer {token}'; required when
			 * the API is enabled.
			 */
			private @Nullable String token;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public String getPath() {
				return this.path;
			}

			public void setPath(String path) {
				this.path = path;
			}

			public @Nullable String getToken() {
				return this.token;
			}

			public void setToken(@Nullable String token) {
				this.token = token;
			}

		}

	}

	/**
	 * Receiver of Cocoonmail's webhooks.
	 */
	public static class Webhooks {

		/**
		 * Whether the webhook receiver is served.
		 */
		private boolean enabled = false;

		/**
		 * Path the webhook receiver is served on.
		 */
		private String path = "/cocoonmail/webhooks";

		/**
		 * Accepted 'Authorization' header values (several, for rotation); required when
		 * the receiver is enabled.
		 */
		private List<String> authorization = new ArrayList<>();

		/**
		 * Deliveries whose x-cocoon-event-datetime is further from now are refused; 0
		 * disables the check.
		 */
		private Duration tolerance = Duration.ofMinutes(5);

		@NestedConfigurationProperty
		private final Jdbc jdbc = new Jdbc();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public List<String> getAuthorization() {
			return this.authorization;
		}

		public void setAuthorization(List<String> authorization) {
			this.authorization = authorization;
		}

		public Duration getTolerance() {
			return this.tolerance;
		}

		public void setTolerance(Duration tolerance) {
			this.tolerance = tolerance;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

	}

	/**
	 * JDBC storage of the outbox, the sends or the webhook receipts, on the application's
	 * {@code DataSource}.
	 */
	public static class Jdbc {

		/**
		 * Database schema initialization mode.
		 */
		private DatabaseInitializationMode initializeSchema = DatabaseInitializationMode.EMBEDDED;

		/**
		 * Prefix of the table names.
		 */
		private String tablePrefix = "COCOONMAIL_";

		public DatabaseInitializationMode getInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(DatabaseInitializationMode initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		public String getTablePrefix() {
			return this.tablePrefix;
		}

		public void setTablePrefix(String tablePrefix) {
			this.tablePrefix = tablePrefix;
		}

	}

}
