package com.cocoonmail.spring.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application event class whose published instances the event bridge sends as
 * Cocoonmail events ({@code POST /webhook/event/send}). The expressions are SpEL,
 * evaluated read-only against the published object: the payload of
 * {@code publishEvent(Object)}, or the {@code ApplicationEvent} itself. For example:
 * <pre class="code">
 * &#064;CocoonmailEvent(name = "signup", email = "email", attributes = "{'plan': plan}")
 * public record UserSignedUp(String email, String plan) {
 * }
 * </pre>
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 * @see CocoonmailMail
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CocoonmailEvent {

	/**
	 * Name of the Cocoonmail event ({@code event_name}).
	 * @return the event name
	 */
	String name();

	/**
	 * SpEL expression yielding the email address of the contact the event happened to.
	 * @return the email expression
	 */
	String email();

	/**
	 * SpEL expression yielding a map of event attributes ({@code event_attribute}), or
	 * empty for none.
	 * @return the attributes expression
	 */
	String attributes() default "";

	/**
	 * SpEL expression yielding the idempotency key of the request, or empty for none. A
	 * second request with the same key within {@code cocoonmail.events.dedupe-window} is
	 * not sent again.
	 * @return the idempotency key expression
	 * @since 0.2.0
	 */
	String idempotencyKey() default "";

}
