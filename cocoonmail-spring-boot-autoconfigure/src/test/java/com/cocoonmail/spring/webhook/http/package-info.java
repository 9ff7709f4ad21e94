/**
 * HTTP tests of the webhook receiver on real servers, WebFlux and servlet.
 */
@NullMarked
package com.cocoonmail.spring.webhook.http;

import org.jspecify.annotations.NullMarked;
