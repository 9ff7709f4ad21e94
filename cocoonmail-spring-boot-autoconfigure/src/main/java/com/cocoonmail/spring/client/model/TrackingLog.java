package com.cocoonmail.spring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One open or click recorded for a transactional mail.
 *
 * @param userAgent the user agent of the client
 * @param clientFamily the client family, for example {@code Chrome}
 * @param clientVersion the client version
 * @param osName the operating system name
 * @param osVersion the operating system version
 * @param deviceType the device type, for example {@code Desktop}
 * @param ipAddress the IP address of the client
 * @param created when the event was recorded
 * @param type the kind of event, for example {@code OPEN} or {@code CLICK}
 * @author Cocoonmail Team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackingLog(@JsonProperty("user_agent") @Nullable String userAgent,
		@JsonProperty("client_family") @Nullable String clientFamily,
		@JsonProperty("client_version") @Nullable String clientVersion,
		@JsonProperty("os_name") @Nullable String osName, @JsonProperty("os_version") @Nullable String osVersion,
		@JsonProperty("device_type") @Nullable String deviceType,
		@JsonProperty("ip_address") @Nullable String ipAddress, @Nullable Instant created, @Nullable String type) {

}
