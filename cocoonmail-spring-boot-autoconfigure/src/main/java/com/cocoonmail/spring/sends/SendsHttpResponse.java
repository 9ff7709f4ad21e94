package com.cocoonmail.spring.sends;

import org.jspecify.annotations.Nullable;

/**
 * What the sends HTTP API answers, whatever web framework serves it.
 *
 * @param status the HTTP status
 * @param body the JSON body, {@code null} for none
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record SendsHttpResponse(int status, @Nullable String body) {

}
