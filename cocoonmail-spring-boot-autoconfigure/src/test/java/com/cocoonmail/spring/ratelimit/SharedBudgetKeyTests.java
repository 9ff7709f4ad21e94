package com.cocoonmail.spring.ratelimit;

import com.cocoonmail.spring.test.LoopbackCocoonmail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SharedBudgetKey}.
 *
 * @author Cocoonmail Team
 */
class SharedBudgetKeyTests {

	@Test
	void derivedNameIsStableAndNeverContainsTheKey() {
		String name = SharedBudgetKey.derive(LoopbackCocoonmail.API_KEY);
		assertThat(name).isEqualTo(SharedBudgetKey.derive(LoopbackCocoonmail.API_KEY))
			.startsWith("cocoonmail:ratelimit:")
			.hasSize("cocoonmail:ratelimit:".length() + 32)
			.doesNotContain("fake-key")
			.isNotEqualTo(SharedBudgetKey.derive(LoopbackCocoonmail.API_KEY + "x"));
	}

}
