package com.cocoonmail.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Response of {@code /webhook/api_key/validate}.
 *
 * @param success whether the key is valid
 * @param workspaceId the id of the key's workspace, when sent
 * @param workspaceName the name of the key's workspace, when sent
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyValidation(@Nullable Boolean success, @JsonProperty("workspace_id") @Nullable String workspaceId,
		@JsonProperty("workspace_name") @Nullable String workspaceName) {

}
