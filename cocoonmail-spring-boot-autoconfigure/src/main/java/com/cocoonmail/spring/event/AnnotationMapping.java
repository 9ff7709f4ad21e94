package com.cocoonmail.spring.event;

import java.util.LinkedHashMap;
import java.util.Map;

import com.cocoonmail.spring.client.CocoonmailException;
import org.jspecify.annotations.Nullable;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.util.StringUtils;

/**
 * Makes requests from the published objects of one annotated class, with the SpEL
 * expressions of its annotation parsed once. An expression that does not parse makes
 * every mapping fail with the parse error.
 *
 * @author Cocoonmail Team
 */
abstract class AnnotationMapping {

	private static final ExpressionParser parser = new SpelExpressionParser();

	private final CocoonmailDeliveryKind kind;

	private final String annotation;

	private @Nullable CocoonmailException invalid;

	AnnotationMapping(CocoonmailDeliveryKind kind, Class<?> type, String annotationName) {
		this.kind = kind;
		this.annotation = "@" + annotationName + " on " + type.getName();
	}

	CocoonmailDeliveryKind kind() {
		return this.kind;
	}

	/**
	 * Make the request for a published object.
	 * @param source the published object
	 * @param context the context to evaluate the expressions in
	 * @return the request, not validated yet
	 * @throws CocoonmailException if an expression does not parse, fails or yields a
	 * value of the wrong type
	 */
	final Object request(Object source, EvaluationContext context) {
		if (this.invalid != null) {
			throw this.invalid;
		}
		return build(source, context);
	}

	abstract Object build(Object source, EvaluationContext context);

	/**
	 * Parse one attribute of the annotation.
	 * @param attribute the attribute name
	 * @param expression the expression text
	 * @return the expression, or {@code null} when the text is empty or does not parse
	 */
	final @Nullable Expression parse(String attribute, String expression) {
		if (!StringUtils.hasText(expression)) {
			return null;
		}
		try {
			return parser.parseExpression(expression);
		}
		catch (ParseException ex) {
			if (this.invalid == null) {
				this.invalid = failure(attribute, expression, ex);
			}
			return null;
		}
	}

	final @Nullable Object evaluate(String attribute, @Nullable Expression expression, Object source,
			EvaluationContext context) {
		if (expression == null) {
			return null;
		}
		try {
			return expression.getValue(context, source);
		}
		catch (EvaluationException ex) {
			throw failure(attribute, expression.getExpressionString(), ex);
		}
	}

	final @Nullable String evaluateText(String attribute, @Nullable Expression expression, Object source,
			EvaluationContext context) {
		Object value = evaluate(attribute, expression, source, context);
		return (value != null) ? value.toString() : null;
	}

	final Map<String, Object> evaluateMap(String attribute, @Nullable Expression expression, Object source,
			EvaluationContext context) {
		Object value = evaluate(attribute, expression, source, context);
		Map<String, Object> map = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> entries) {
			entries.forEach((key, entry) -> map.put(String.valueOf(key), entry));
		}
		else if (value != null) {
			throw wrongType(attribute, expression, "a map", value);
		}
		return map;
	}

	final CocoonmailException wrongType(String attribute, @Nullable Expression expression, String expected,
			Object value) {
		String text = (expression != null) ? expression.getExpressionString() : "";
		return failure(attribute, text,
				new IllegalArgumentException("expected " + expected + " but got a " + value.getClass().getName()));
	}

	private CocoonmailException failure(String attribute, String expression, Exception cause) {
		return new CocoonmailException(attribute + " = \"" + expression + "\" of " + this.annotation
				+ " could not be mapped: " + cause.getMessage(), cause, false);
	}

}
