/**
 * Cocoonmail's webhooks, received and published as Spring application events.
 */
@NullMarked
package com.cocoonmail.spring.webhook;

import org.jspecify.annotations.NullMarked;
