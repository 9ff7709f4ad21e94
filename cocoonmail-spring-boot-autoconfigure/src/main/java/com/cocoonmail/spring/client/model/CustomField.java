package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A custom contact property of the workspace.
 *
 * @param key the API name of the property
 * @param label the name shown in the Cocoonmail application
 * @param type the value type: {@code string}, {@code number}, {@code boolean} or
 * {@code date}
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomField(@Nullable String key, @Nullable String label, @Nullable String type) {

}
