package com.cocoonmail.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Posts {@link EmulatorWebhook webhooks} to an application's receiver the way Cocoonmail
 * does: {@code POST}, the configured {@code Authorization} header, the reserved
 * {@code x-cocoon-*} headers and a JSON body.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class EmulatorWebhookSender {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final URI url;

	private final @Nullable String authorization;

	/**
	 * Create a sender.
	 * @param url the receiver's URL
	 * @param authorization the {@code Authorization} header value configured in the
	 * dashboard, or {@code null} for none
	 */
	public EmulatorWebhookSender(URI url, @Nullable String authorization) {
		this.url = url;
		this.authorization = authorization;
	}

	/**
	 * Post a webhook and wait for the answer.
	 * @param webhook the webhook
	 * @return the status the receiver answered
	 * @throws IOException if the receiver cannot be reached
	 * @throws InterruptedException if interrupted while waiting
	 */
	public int send(EmulatorWebhook webhook) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(webhook.body()));
		webhook.headers().forEach(request::header);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * Return the receiver's URL.
	 * @return the URL
	 */
	public URI url() {
		return this.url;
	}

}
