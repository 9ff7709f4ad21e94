package com.cocoonmail.spring.autoconfigure;

/**
 * Matches unless {@code cocoonmail.sends.store} is {@code memory}.
 *
 * @author Cocoonmail Team
 */
class OnSendsJdbcStoreCondition extends OnJdbcStoreCondition<CocoonmailProperties.Sends.Store> {

	OnSendsJdbcStoreCondition() {
		super("cocoonmail.sends.store", CocoonmailProperties.Sends.Store.class, CocoonmailProperties.Sends.Store.AUTO,
				CocoonmailProperties.Sends.Store.MEMORY);
	}

}
