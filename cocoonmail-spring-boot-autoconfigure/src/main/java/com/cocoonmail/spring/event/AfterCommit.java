package com.cocoonmail.spring.event;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Defers an action to after the commit of the current transaction, when there is one and
 * {@code spring-tx} is on the class path. After a rollback the action never runs.
 *
 * @author Cocoonmail Team
 */
final class AfterCommit {

	private static final boolean TRANSACTIONS_PRESENT = ClassUtils.isPresent(
			"org.springframework.transaction.support.TransactionSynchronizationManager",
			AfterCommit.class.getClassLoader());

	private AfterCommit() {
	}

	/**
	 * Run the action after the current transaction commits.
	 * @param action the action
	 * @return {@code true} if the action was deferred, {@code false} if there is no
	 * transaction and the caller should run it now
	 */
	static boolean defer(Runnable action) {
		return TRANSACTIONS_PRESENT && Transactions.defer(action);
	}

	/**
	 * Touches {@code spring-tx} only when it is present.
	 */
	private static final class Transactions {

		static boolean defer(Runnable action) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()
					|| !TransactionSynchronizationManager.isActualTransactionActive()) {
				return false;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					action.run();
				}

			});
			return true;
		}

	}

}
