package com.cocoonmail.spring.sends;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Purges the sends older than the retention, at start-up and then every tenth of the
 * retention (at least every minute, at most every hour), on a daemon thread of its own.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class SendsRetention implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SendsRetention.class);

	private final CocoonmailSends sends;

	private final Duration retention;

	private @Nullable ScheduledExecutorService scheduler;

	/**
	 * Create a purger.
	 * @param sends the ledger
	 * @param retention how long sends are kept
	 */
	public SendsRetention(CocoonmailSends sends, Duration retention) {
		this.sends = sends;
		this.retention = retention;
	}

	/**
	 * Return how often the sends are purged.
	 * @return the interval
	 */
	public Duration interval() {
		Duration tenth = this.retention.dividedBy(10);
		if (tenth.compareTo(Duration.ofMinutes(1)) < 0) {
			return Duration.ofMinutes(1);
		}
		return (tenth.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : tenth;
	}

	/**
	 * Purge the sends older than the retention now.
	 * @return how many sends were purged
	 */
	public int purge() {
		int purged = this.sends.purge(this.retention);
		if (purged > 0) {
			logger.info("Purged " + purged + " sends older than " + this.retention);
		}
		return purged;
	}

	@Override
	public synchronized void start() {
		if (this.scheduler == null) {
			ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "cocoonmail-sends-retention");
				thread.setDaemon(true);
				return thread;
			});
			long every = interval().toMillis();
			scheduler.scheduleWithFixedDelay(this::purgeSafely, 0, every, TimeUnit.MILLISECONDS);
			this.scheduler = scheduler;
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	private void purgeSafely() {
		try {
			purge();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not purge old sends; will try again in " + interval(), ex);
		}
	}

}
