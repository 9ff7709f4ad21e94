package com.cocoonmail.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.cocoonmail.spring.delivery.CocoonmailRecorder;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.test.context.TestPropertySource;

/**
 * Replaces the wire to Cocoonmail with the in-memory {@link CocoonmailRecorder} in a
 * Spring Boot test ({@code cocoonmail.delivery.mode=capture}): nothing leaves the JVM, no
 * API key is needed, every operation answers as Cocoonmail would, and the rate limiter is
 * off unless {@link #rateLimit()} says otherwise. The recorder is cleared before each
 * test method. Check what was sent with {@link CocoonmailAssertions}, which first waits
 * for the event bridge to send what was published.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@TestPropertySource(properties = "cocoonmail.delivery.mode=capture")
public @interface AutoConfigureCocoonmail {

	/**
	 * Whether calls are paced at {@code cocoonmail.rate-limit.requests-per-second}.
	 * @return whether the rate limiter is on
	 */
	@PropertyMapping("cocoonmail.rate-limit.enabled")
	boolean rateLimit() default false;

}
