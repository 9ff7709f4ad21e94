package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code cocoonmail.sends.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnSendsJdbcStoreCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		CocoonmailProperties.Sends.Store store = Binder.get(context.getEnvironment())
			.bind("cocoonmail.sends.store", CocoonmailProperties.Sends.Store.class)
			.orElse(CocoonmailProperties.Sends.Store.AUTO);
		return (store != CocoonmailProperties.Sends.Store.MEMORY)
				? ConditionOutcome.match("cocoonmail.sends.store is " + store)
				: ConditionOutcome.noMatch("cocoonmail.sends.store is memory");
	}

}
