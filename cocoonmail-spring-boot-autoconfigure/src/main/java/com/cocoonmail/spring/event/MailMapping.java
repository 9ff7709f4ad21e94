package com.cocoonmail.spring.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.cocoonmail.spring.client.model.Recipient;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.util.ObjectUtils;

/**
 * Makes a {@link SendMailRequest} from the published objects of a class annotated with
 * {@link CocoonmailMail}.
 *
 * @author Cocoonmail Team
 */
final class MailMapping extends AnnotationMapping {

	private final String transactionalId;

	private final @Nullable Expression to;

	private final @Nullable Expression parameters;

	private final @Nullable Expression idempotencyKey;

	MailMapping(Class<?> type, CocoonmailMail annotation) {
		super(CocoonmailDeliveryKind.MAIL, type, "CocoonmailMail");
		this.transactionalId = annotation.transactionalId();
		this.to = parse("to", annotation.to());
		this.parameters = parse("parameters", annotation.parameters());
		this.idempotencyKey = parse("idempotencyKey", annotation.idempotencyKey());
	}

	@Override
	Object build(Object source, EvaluationContext context) {
		return SendMailRequest.builder()
			.transactionalId(this.transactionalId)
			.to(recipients(evaluate("to", this.to, source, context)))
			.customParameters(evaluateMap("parameters", this.parameters, source, context))
			.idempotencyKey(evaluateText("idempotencyKey", this.idempotencyKey, source, context))
			.build();
	}

	private List<Recipient> recipients(@Nullable Object value) {
		List<Recipient> recipients = new ArrayList<>();
		if (value instanceof Collection<?> elements) {
			elements.forEach((element) -> recipients.add(recipient(element)));
		}
		else if (value != null && value.getClass().isArray()) {
			for (Object element : ObjectUtils.toObjectArray(value)) {
				recipients.add(recipient(element));
			}
		}
		else if (value != null) {
			recipients.add(recipient(value));
		}
		return recipients;
	}

	private Recipient recipient(@Nullable Object value) {
		if (value instanceof Recipient recipient) {
			return recipient;
		}
		if (value instanceof CharSequence email) {
			return Recipient.of(email.toString());
		}
		if (value == null) {
			return Recipient.builder().build();
		}
		throw wrongType("to", this.to, "an email address or a Recipient", value);
	}

}
