package com.cocoonmail.spring.ratelimit;

/**
 * A permit handed to one waiting call, with when the store was asked for it.
 *
 * @param permit the store's permit
 * @param requestedAtNanos the {@link System#nanoTime()} at which the store was asked
 * @author Cocoonmail Team
 */
record Grant(BudgetPermit permit, long requestedAtNanos) {

}
