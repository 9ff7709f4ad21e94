package com.cocoonmail.spring.autoconfigure;

/**
 * Matches unless {@code cocoonmail.webhooks.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnJdbcWebhookStoreCondition extends OnJdbcStoreCondition<CocoonmailProperties.Webhooks.Store> {

	OnJdbcWebhookStoreCondition() {
		super("cocoonmail.webhooks.store", CocoonmailProperties.Webhooks.Store.class,
				CocoonmailProperties.Webhooks.Store.AUTO, CocoonmailProperties.Webhooks.Store.MEMORY);
	}

}
