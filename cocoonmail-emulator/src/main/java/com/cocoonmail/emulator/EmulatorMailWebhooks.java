package com.cocoonmail.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the emulator posts about a transactional mail it sent, as Cocoonmail would a while
 * after answering: for each recipient {@code email.sent}, then {@code email.opened}, or
 * {@code email.bounced} for a recipient at {@value CocoonmailEmulator#BOUNCE_DOMAIN}.
 * Each recipient's webhooks are posted in that order, one after the other, on one daemon
 * thread, and the mail's status in the workspace (what {@code getMailStatus} answers) is
 * updated before each is posted.
 *
 * @author Cocoonmail Team
 */
final class EmulatorMailWebhooks implements AutoCloseable {

	private static final System.Logger logger = System.getLogger(EmulatorMailWebhooks.class.getName());

	private final EmulatorWebhookSender sender;

	private final InMemoryCocoonmail cocoonmail;

	private final Duration delay;

	private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "cocoonmail-emulator-webhooks");
		thread.setDaemon(true);
		return thread;
	});

	EmulatorMailWebhooks(EmulatorWebhookSender sender, InMemoryCocoonmail cocoonmail, Duration delay) {
		this.sender = sender;
		this.cocoonmail = cocoonmail;
		this.delay = delay;
	}

	EmulatorWebhookSender sender() {
		return this.sender;
	}

	/**
	 * Post, after the delay, the webhooks about every recipient in the report of a sent
	 * mail.
	 * @param answer the emulator's answer to {@code POST /webhook/mail/send}
	 */
	void mailSent(EmulatorAnswer answer) {
		List<?> report = EmulatorJson.list(EmulatorJson.readObject(answer.body()), "report");
		for (Object entry : report) {
			Map<?, ?> sent = EmulatorJson.map(entry);
			String messageId = EmulatorJson.text(sent, "message_id");
			String to = EmulatorJson.text(sent, "to");
			try {
				this.poster.schedule(() -> post(messageId, to), this.delay.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) {
				// closed: the emulator stopped or was aimed elsewhere meanwhile
			}
		}
	}

	/**
	 * Return the webhooks Cocoonmail posts about a message sent to a recipient, in order.
	 * @param messageId the message id
	 * @param to the recipient
	 * @param at when they happen
	 * @return {@code email.sent}, then {@code email.opened} or {@code email.bounced}
	 */
	static List<EmulatorWebhook> about(String messageId, String to, Instant at) {
		String outcome = bounces(to) ? "email.bounced" : "email.opened";
		return List.of(EmulatorWebhook.email("email.sent", messageId, to, at),
				EmulatorWebhook.email(outcome, messageId, to, at));
	}

	private static boolean bounces(String to) {
		return to.toLowerCase(Locale.ROOT).endsWith("@" + CocoonmailEmulator.BOUNCE_DOMAIN);
	}

	private void post(String messageId, String to) {
		for (EmulatorWebhook webhook : about(messageId, to, Instant.now())) {
			this.cocoonmail.tracked(webhook);
			try {
				int status = this.sender.send(webhook);
				if (status >= 300) {
					logger.log(System.Logger.Level.WARNING, "The receiver at " + this.sender.url() + " answered "
							+ status + " to the emulator's " + webhook.type() + " webhook");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				logger.log(System.Logger.Level.WARNING,
						"Emulator could not post a " + webhook.type() + " webhook to " + this.sender.url(), ex);
			}
		}
	}

	@Override
	public void close() {
		this.poster.shutdownNow();
	}

}
