package com.cocoonmail.spring.event;

import com.cocoonmail.spring.client.model.SendEventRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;

/**
 * Makes a {@link SendEventRequest} from the published objects of a class annotated with
 * {@link CocoonmailEvent}.
 *
 * @author Cocoonmail Team
 */
final class EventMapping extends AnnotationMapping {

	private final String name;

	private final @Nullable Expression email;

	private final @Nullable Expression attributes;

	private final @Nullable Expression idempotencyKey;

	EventMapping(Class<?> type, CocoonmailEvent annotation) {
		super(CocoonmailDeliveryKind.EVENT, type, "CocoonmailEvent");
		this.name = annotation.name();
		this.email = parse("email", annotation.email());
		this.attributes = parse("attributes", annotation.attributes());
		this.idempotencyKey = parse("idempotencyKey", annotation.idempotencyKey());
	}

	@Override
	Object build(Object source, EvaluationContext context) {
		Object email = evaluate("email", this.email, source, context);
		if (email != null && !(email instanceof CharSequence)) {
			throw wrongType("email", this.email, "an email address", email);
		}
		return SendEventRequest.builder()
			.eventName(this.name)
			.email((email != null) ? email.toString() : null)
			.attributes(evaluateMap("attributes", this.attributes, source, context))
			.idempotencyKey(evaluateText("idempotencyKey", this.idempotencyKey, source, context))
			.build();
	}

}
