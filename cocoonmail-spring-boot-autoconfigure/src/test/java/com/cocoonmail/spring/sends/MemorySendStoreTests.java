package com.cocoonmail.spring.sends;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MemorySendStore}.
 *
 * @author Cocoonmail Team
 */
class MemorySendStoreTests extends SendStoreContractTests {

	@Override
	SendStore createStore() {
		return new MemorySendStore();
	}

	@Test
	void keepsOnlyTheNewestSendsUpToItsCapacity() {
		MemorySendStore store = new MemorySendStore(3);
		store.add(List.of(send(1, "a@example.com"), send(2, "b@example.com")));
		store.add(List.of(send(3, "c@example.com"), send(4, "d@example.com")));
		assertThat(store.list(SendQuery.all()).sends()).extracting(Send::uuid)
			.containsExactly("send-004", "send-003", "send-002");
	}

}
