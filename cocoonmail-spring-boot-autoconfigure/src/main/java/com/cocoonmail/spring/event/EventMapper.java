package com.cocoonmail.spring.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailValidationException;
import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.client.model.SendMailRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.util.ConcurrentReferenceHashMap;

/**
 * Turns a published object into the validated deliveries it stands for: itself when it is
 * a {@link SendEventRequest} or a {@link SendMailRequest}, the requests its class's
 * {@link CocoonmailEvent} and {@link CocoonmailMail} annotations describe, or nothing.
 * Expressions are parsed once per class and evaluated read-only. A request whose mapping
 * fails is reported as failed, and the others are still delivered. An invalid request is
 * reported as failed and fails the publisher with the
 * {@link CocoonmailValidationException}: none of the object's requests is delivered.
 *
 * @author Cocoonmail Team
 */
final class EventMapper {

	private final EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding()
		.withInstanceMethods()
		.build();

	private final Map<Class<?>, List<AnnotationMapping>> templates = new ConcurrentReferenceHashMap<>();

	private final DeliveryReporter reporter;

	EventMapper(DeliveryReporter reporter) {
		this.reporter = reporter;
	}

	/**
	 * Return the deliveries for a published object, reporting those that fail.
	 * @param source the published object
	 * @return the deliveries, in the order they are to be sent
	 * @throws CocoonmailValidationException if one of the requests is invalid
	 */
	List<Delivery> map(Object source) {
		if (source instanceof SendEventRequest || source instanceof SendMailRequest) {
			CocoonmailDeliveryKind kind = (source instanceof SendEventRequest) ? CocoonmailDeliveryKind.EVENT
					: CocoonmailDeliveryKind.MAIL;
			return List.of(validate(source, kind, source));
		}
		List<AnnotationMapping> classTemplates = this.templates.computeIfAbsent(source.getClass(),
				EventMapper::templatesOf);
		if (classTemplates.isEmpty()) {
			return List.of();
		}
		List<Delivery> deliveries = new ArrayList<>(classTemplates.size());
		CocoonmailValidationException invalid = null;
		for (AnnotationMapping template : classTemplates) {
			try {
				Object request = map(source, template);
				if (request != null) {
					deliveries.add(validate(source, template.kind(), request));
				}
			}
			catch (CocoonmailValidationException ex) {
				if (invalid == null) {
					invalid = ex;
				}
				else {
					invalid.addSuppressed(ex);
				}
			}
		}
		if (invalid != null) {
			throw invalid;
		}
		return deliveries;
	}

	private @Nullable Object map(Object source, AnnotationMapping template) {
		try {
			return template.request(source, this.context);
		}
		catch (RuntimeException ex) {
			this.reporter.failed(source, template.kind(), null, ex);
			return null;
		}
	}

	private Delivery validate(Object source, CocoonmailDeliveryKind kind, Object request) {
		try {
			return (request instanceof SendEventRequest event) ? Delivery.of(source, event)
					: Delivery.of(source, (SendMailRequest) request);
		}
		catch (RuntimeException ex) {
			this.reporter.failed(source, kind, request, ex);
			throw ex;
		}
	}

	private static List<AnnotationMapping> templatesOf(Class<?> type) {
		List<AnnotationMapping> found = new ArrayList<>(2);
		CocoonmailEvent event = AnnotatedElementUtils.findMergedAnnotation(type, CocoonmailEvent.class);
		if (event != null) {
			found.add(new EventMapping(type, event));
		}
		CocoonmailMail mail = AnnotatedElementUtils.findMergedAnnotation(type, CocoonmailMail.class);
		if (mail != null) {
			found.add(new MailMapping(type, mail));
		}
		return List.copyOf(found);
	}

}
