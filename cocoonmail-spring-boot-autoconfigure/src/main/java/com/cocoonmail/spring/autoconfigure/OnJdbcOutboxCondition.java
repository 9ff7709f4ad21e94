package com.cocoonmail.spring.autoconfigure;

/**
 * Matches unless {@code cocoonmail.events.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnJdbcOutboxCondition extends OnJdbcStoreCondition<CocoonmailProperties.Events.Store> {

	OnJdbcOutboxCondition() {
		super("cocoonmail.events.store", CocoonmailProperties.Events.Store.class,
				CocoonmailProperties.Events.Store.AUTO, CocoonmailProperties.Events.Store.MEMORY);
	}

}
