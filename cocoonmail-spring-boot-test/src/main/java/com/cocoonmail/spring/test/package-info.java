/**
 * Test support for applications using the Cocoonmail starter:
 * {@link com.cocoonmail.spring.test.AutoConfigureCocoonmail} and
 * {@link com.cocoonmail.spring.test.CocoonmailAssertions}.
 */
@NullMarked
package com.cocoonmail.spring.test;

import org.jspecify.annotations.NullMarked;
