package com.cocoonmail.spring.autoconfigure;

import com.cocoonmail.spring.client.CocoonmailPacingListener;
import com.cocoonmail.spring.ratelimit.BudgetStore;
import com.cocoonmail.spring.ratelimit.OnStoreFailure;
import com.cocoonmail.spring.ratelimit.SharedBudgetKey;
import com.cocoonmail.spring.ratelimit.SharedBudgetListener;
import com.cocoonmail.spring.ratelimit.SharedBudgetPacer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

/**
 * Builds a {@link SharedBudgetPacer} from the properties.
 *
 * @author Cocoonmail Team
 */
final class SharedBudgetPacers {

	private SharedBudgetPacers() {
	}

	static String key(CocoonmailProperties properties, CocoonmailConnectionDetails connectionDetails) {
		String key = properties.getRateLimit().getKey();
		return StringUtils.hasText(key) ? key : SharedBudgetKey.derive(connectionDetails.getApiKey());
	}

	static SharedBudgetPacer pacer(BudgetStore store, CocoonmailProperties properties,
			ObjectProvider<CocoonmailPacingListener> pacingListener,
			ObjectProvider<SharedBudgetListener> budgetListener) {
		CocoonmailProperties.RateLimit rateLimit = properties.getRateLimit();
		return SharedBudgetPacer.builder(store, rateLimit.getRequestsPerSecond())
			.timeout(rateLimit.getTimeout())
			.instances(rateLimit.getInstances())
			.onStoreFailure((rateLimit.getOnStoreFailure() == CocoonmailProperties.RateLimit.OnStoreFailure.FAIL)
					? OnStoreFailure.FAIL : OnStoreFailure.LOCAL_SHARE)
			.pacingListener(pacingListener.getIfAvailable(() -> CocoonmailPacingListener.NONE))
			.budgetListener(budgetListener.getIfAvailable(() -> SharedBudgetListener.NONE))
			.build();
	}

}
