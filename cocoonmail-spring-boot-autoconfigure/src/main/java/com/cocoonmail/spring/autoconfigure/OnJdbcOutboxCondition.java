package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code cocoonmail.events.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnJdbcOutboxCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		CocoonmailProperties.Events.Store store = Binder.get(context.getEnvironment())
			.bind("cocoonmail.events.store", CocoonmailProperties.Events.Store.class)
			.orElse(CocoonmailProperties.Events.Store.AUTO);
		return (store != CocoonmailProperties.Events.Store.MEMORY)
				? ConditionOutcome.match("cocoonmail.events.store is " + store)
				: ConditionOutcome.noMatch("cocoonmail.events.store is memory");
	}

}
