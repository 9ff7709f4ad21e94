package com.cocoonmail.spring.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application event class whose published instances the event bridge sends as
 * transactional mails with a predefined template ({@code POST /webhook/mail/send}). The
 * expressions are SpEL, evaluated read-only against the published object: the payload of
 * {@code publishEvent(Object)}, or the {@code ApplicationEvent} itself. For example:
 * <pre class="code">
 * &#064;CocoonmailMail(transactionalId = "welcome", to = "email", parameters = "{'name': name}")
 * public record UserSignedUp(String email, String name) {
 * }
 * </pre>
 *
 * @author Cocoonmail Team
 * @since 0.1.0
 * @see CocoonmailEvent
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CocoonmailMail {

	/**
	 * Id of the predefined transactional template ({@code transactional_id}).
	 * @return the transactional id
	 */
	String transactionalId();

	/**
	 * SpEL expression yielding the recipients: an email address, a {@code Recipient}, or
	 * a collection or array of either.
	 * @return the recipients expression
	 */
	String to();

	/**
	 * SpEL expression yielding a map of the template's merge tag values
	 * ({@code custom_parameter}), or empty for none.
	 * @return the parameters expression
	 */
	String parameters() default "";

	/**
	 * SpEL expression yielding the idempotency key of the request, or empty for none. A
	 * second request with the same key within {@code cocoonmail.events.dedupe-window} is
	 * not sent again.
	 * @return the idempotency key expression
	 * @since 0.2.0
	 */
	String idempotencyKey() default "";

}
