package com.cocoonmail.spring.ratelimit;

/**
 * A permit granted by a {@link BudgetStore}.
 *
 * @param id identifies the permit's entry in the store
 * @param storeMicros when it was granted, in microseconds since the epoch on the store's
 * clock
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record BudgetPermit(String id, long storeMicros) {

}
