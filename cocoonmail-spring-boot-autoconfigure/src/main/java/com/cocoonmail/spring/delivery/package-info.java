/**
 * Non-production delivery: the {@code log} and {@code capture} modes that keep every
 * request in the JVM, the in-memory
 * {@link com.cocoonmail.spring.delivery.CocoonmailRecorder}, and the recipient allow-list
 * and redirect.
 */
@NullMarked
package com.cocoonmail.spring.delivery;

import org.jspecify.annotations.NullMarked;
