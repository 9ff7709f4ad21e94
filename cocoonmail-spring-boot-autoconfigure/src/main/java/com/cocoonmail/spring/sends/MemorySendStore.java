package com.cocoonmail.spring.sends;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.util.Assert;

/**
 * Keeps sends in memory, at most a given number of them: adding one more forgets the one
 * recorded first. Lost on restart and not shared between instances.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public class MemorySendStore implements SendStore {

	/**
	 * How many sends are kept unless told otherwise.
	 */
	public static final int DEFAULT_CAPACITY = 10_000;

	private static final Comparator<Send> OLDEST_FIRST = Comparator.comparing(Send::listedAt).thenComparing(Send::uuid);

	private final int capacity;

	private final LinkedHashMap<String, Send> sends = new LinkedHashMap<>();

	/**
	 * Create a store that keeps {@value #DEFAULT_CAPACITY} sends.
	 */
	public MemorySendStore() {
		this(DEFAULT_CAPACITY);
	}

	/**
	 * Create a store that keeps the given number of sends.
	 * @param capacity how many sends are kept, newest first
	 */
	public MemorySendStore(int capacity) {
		Assert.isTrue(capacity > 0, "capacity must be positive");
		this.capacity = capacity;
	}

	@Override
	public synchronized void add(List<Send> sends) {
		for (Send send : sends) {
			this.sends.put(send.uuid(), send);
		}
		Iterator<String> oldest = this.sends.keySet().iterator();
		while (this.sends.size() > this.capacity) {
			oldest.next();
			oldest.remove();
		}
	}

	@Override
	public synchronized Optional<Send> find(String uuid) {
		return Optional.ofNullable(this.sends.get(uuid));
	}

	@Override
	public synchronized SendPage list(SendQuery query) {
		Predicate<Send> matches = matcher(query);
		List<Send> matching = this.sends.values()
			.stream()
			.filter(matches)
			.sorted((query.sort() == SendSort.OLDEST_FIRST) ? OLDEST_FIRST : OLDEST_FIRST.reversed())
			.toList();
		List<Send> page = matching.stream().skip(query.offset()).limit(query.perPage()).toList();
		return new SendPage(page, matching.size(), query.page(), query.perPage());
	}

	@Override
	public synchronized Optional<Send> update(String uuid, UnaryOperator<Send> change) {
		Send send = this.sends.get(uuid);
		if (send == null) {
			return Optional.empty();
		}
		Send changed = change.apply(send);
		this.sends.put(uuid, changed);
		return Optional.of(changed);
	}

	@Override
	public synchronized int updateByTransportMessageId(String transportMessageId, UnaryOperator<Send> change) {
		int changed = 0;
		for (Map.Entry<String, Send> entry : this.sends.entrySet()) {
			if (transportMessageId.equals(entry.getValue().transportMessageId())) {
				entry.setValue(change.apply(entry.getValue()));
				changed++;
			}
		}
		return changed;
	}

	@Override
	public synchronized boolean delete(String uuid) {
		return this.sends.remove(uuid) != null;
	}

	@Override
	public synchronized int deleteCreatedBefore(Instant cutoff) {
		int before = this.sends.size();
		this.sends.values().removeIf((send) -> send.createdAt().isBefore(cutoff));
		return before - this.sends.size();
	}

	private static Predicate<Send> matcher(SendQuery query) {
		Predicate<Send> matches = (send) -> true;
		for (Map.Entry<SendFilter, List<String>> filter : query.filters().entrySet()) {
			List<String> values = filter.getValue();
			matches = matches.and((send) -> {
				String value = SendValues.of(send, filter.getKey());
				return value != null && values.contains(value);
			});
		}
		return matches;
	}

}
