package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code cocoonmail.webhooks.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnJdbcWebhookStoreCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		CocoonmailProperties.Webhooks.Store store = Binder.get(context.getEnvironment())
			.bind("cocoonmail.webhooks.store", CocoonmailProperties.Webhooks.Store.class)
			.orElse(CocoonmailProperties.Webhooks.Store.AUTO);
		if (store == CocoonmailProperties.Webhooks.Store.MEMORY) {
			return ConditionOutcome.noMatch("cocoonmail.webhooks.store is memory");
		}
		return ConditionOutcome.match("cocoonmail.webhooks.store is " + store.name().toLowerCase());
	}

}
