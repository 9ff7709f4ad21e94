package com.cocoonmail.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless a feature's {@code store} property is {@code memory}: the JDBC store of
 * the outbox, the sends or the webhook receipts is wanted ({@code jdbc}) or may be
 * ({@code auto}).
 *
 * @param <S> the feature's store enum
 * @author Cocoonmail Team
 */
abstract class OnJdbcStoreCondition<S extends Enum<S>> extends SpringBootCondition {

	private final String property;

	private final Class<S> storeType;

	private final S auto;

	private final S memory;

	OnJdbcStoreCondition(String property, Class<S> storeType, S auto, S memory) {
		this.property = property;
		this.storeType = storeType;
		this.auto = auto;
		this.memory = memory;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		S store = Binder.get(context.getEnvironment()).bind(this.property, this.storeType).orElse(this.auto);
		String description = this.property + " is " + store.name().toLowerCase();
		return (store != this.memory) ? ConditionOutcome.match(description) : ConditionOutcome.noMatch(description);
	}

}
