package com.cocoonmail.spring.sends;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cocoonmail.spring.client.model.MessageReport;
import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendDirectRequest;
import com.cocoonmail.spring.client.model.SendDirectResponse;
import com.cocoonmail.spring.client.model.SendMailRequest;
import com.cocoonmail.spring.client.model.SendMailResponse;
import org.jspecify.annotations.Nullable;

/**
 * Turns one send call and its outcome into one send per recipient ({@code to} and
 * {@code cc}, each address once), all sharing one log item uuid. Cocoonmail's report
 * gives the message id of each {@code to} recipient: matched by address, or by position
 * when the report names no addresses and has one entry per {@code to} recipient.
 *
 * @author Cocoonmail Team
 */
final class SendRecorder {

	static final String REPORTED_FAILED = "Cocoonmail reported that the mail could not be sent to this recipient";

	static final String REPORTED_INVALID = "Cocoonmail rejected this recipient as invalid";

	private static final int MAX_REASON_LENGTH = 1000;

	private final Clock clock;

	SendRecorder(Clock clock) {
		this.clock = clock;
	}

	List<Send> sent(SendMailRequest request, SendMailResponse response) {
		Instant now = this.clock.instant();
		String logItem = newUuid();
		Set<String> failed = lowerCased(response.failedRecipients());
		Map<String, String> messageIds = messageIds(toAddresses(request.to()), response.report());
		List<Send> sends = new ArrayList<>();
		for (String email : addresses(request.to(), request.cc())) {
			Send.Builder send = newSend(logItem, now, email).transactionalId(request.transactionalId());
			sends.add((failed.contains(email) ? send.failed(now, REPORTED_FAILED)
					: send.sentAt(now).transportMessageId(messageIds.get(email)))
				.build());
		}
		return sends;
	}

	List<Send> failed(SendMailRequest request, Throwable failure) {
		return failedAll(addresses(request.to(), request.cc()), request.transactionalId(), failure);
	}

	List<Send> sent(SendDirectRequest request, SendDirectResponse response) {
		Instant now = this.clock.instant();
		String logItem = newUuid();
		Set<String> failed = lowerCased(response.failedRecipients());
		Set<String> invalid = lowerCased(response.invalidRecipients());
		List<Send> sends = new ArrayList<>();
		for (String email : addresses(request.to(), request.cc())) {
			Send.Builder send = newSend(logItem, now, email);
			if (invalid.contains(email)) {
				send.failed(now, REPORTED_INVALID);
			}
			else if (failed.contains(email)) {
				send.failed(now, REPORTED_FAILED);
			}
			else {
				send.sentAt(now);
			}
			sends.add(send.build());
		}
		return sends;
	}

	List<Send> failed(SendDirectRequest request, Throwable failure) {
		return failedAll(addresses(request.to(), request.cc()), null, failure);
	}

	private List<Send> failedAll(Set<String> addresses, @Nullable String transactionalId, Throwable failure) {
		Instant now = this.clock.instant();
		String logItem = newUuid();
		String reason = reason(failure);
		return addresses.stream()
			.map((email) -> newSend(logItem, now, email).transactionalId(transactionalId).failed(now, reason).build())
			.toList();
	}

	private static Send.Builder newSend(String logItem, Instant now, String email) {
		return Send.builder(newUuid(), logItem, now).email(email);
	}

	private static String reason(Throwable failure) {
		String message = failure.getMessage();
		String reason = (message != null && !message.isBlank()) ? message : failure.getClass().getSimpleName();
		return (reason.length() > MAX_REASON_LENGTH) ? reason.substring(0, MAX_REASON_LENGTH) : reason;
	}

	private static Map<String, String> messageIds(List<String> toAddresses, List<MessageReport> report) {
		List<MessageReport> withIds = report.stream().filter((entry) -> entry.messageId() != null).toList();
		boolean named = withIds.stream().anyMatch((entry) -> entry.to() != null);
		if (!named && withIds.size() == toAddresses.size()) {
			Map<String, String> byPosition = new HashMap<>();
			for (int i = 0; i < withIds.size(); i++) {
				byPosition.putIfAbsent(toAddresses.get(i), Objects.requireNonNull(withIds.get(i).messageId()));
			}
			return byPosition;
		}
		return withIds.stream()
			.filter((entry) -> entry.to() != null)
			.collect(Collectors.toMap((entry) -> lowerCase(Objects.requireNonNull(entry.to())),
					(entry) -> Objects.requireNonNull(entry.messageId()), (first, second) -> first));
	}

	private static List<String> toAddresses(@Nullable List<Recipient> to) {
		return (to != null)
				? to.stream().map(Recipient::email).filter(Objects::nonNull).map(SendRecorder::lowerCase).toList()
				: List.of();
	}

	private static Set<String> addresses(@Nullable List<Recipient> to, @Nullable List<String> cc) {
		Stream<String> copies = (cc != null) ? cc.stream().filter(Objects::nonNull).map(SendRecorder::lowerCase)
				: Stream.empty();
		return Stream.concat(toAddresses(to).stream(), copies).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<String> lowerCased(List<String> addresses) {
		return addresses.stream().map(SendRecorder::lowerCase).collect(Collectors.toSet());
	}

	private static String lowerCase(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

	private static String newUuid() {
		return UUID.randomUUID().toString();
	}

}
