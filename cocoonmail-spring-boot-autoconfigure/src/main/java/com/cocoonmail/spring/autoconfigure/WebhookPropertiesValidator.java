package com.cocoonmail.spring.autoconfigure;

import java.util.List;

import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Checks {@code cocoonmail.webhooks.*} at start-up; never puts an accepted
 * {@code Authorization} value in a message.
 *
 * @author Cocoonmail Team
 */
final class WebhookPropertiesValidator {

	static final DataSize LARGEST_BODY_LIMIT = DataSize.ofMegabytes(256);

	private WebhookPropertiesValidator() {
	}

	static void validate(CocoonmailProperties.Webhooks webhooks) {
		List<String> authorization = webhooks.getAuthorization();
		if (authorization.isEmpty()) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.authorization", "",
					"must list at least one accepted Authorization header value (the one set in Cocoonmail's "
							+ "dashboard, such as 'Bearer <token>') when cocoonmail.webhooks.enabled=true");
		}
		for (int i = 0; i < authorization.size(); i++) {
			if (!StringUtils.hasText(authorization.get(i))) {
				throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.authorization[" + i + "]", "",
						"must not be blank");
			}
		}
		if (!webhooks.getPath().startsWith("/")) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.path", webhooks.getPath(),
					"must start with '/'");
		}
		if (webhooks.getTolerance().isNegative()) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.tolerance", webhooks.getTolerance(),
					"must not be negative (0 disables the check)");
		}
		DataSize maxBodySize = webhooks.getMaxBodySize();
		if (maxBodySize.toBytes() < 1 || maxBodySize.compareTo(LARGEST_BODY_LIMIT) > 0) {
			throw new InvalidCocoonmailPropertyException("cocoonmail.webhooks.max-body-size", maxBodySize,
					"must be between 1B and " + LARGEST_BODY_LIMIT);
		}
	}

}
