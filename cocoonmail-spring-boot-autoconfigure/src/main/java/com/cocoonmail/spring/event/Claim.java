package com.cocoonmail.spring.event;

/**
 * A delivery a dispatcher took from the store to send.
 *
 * @param id the id of the delivery in its store, in publish order
 * @param delivery the delivery
 * @param attempt which attempt this is, from 1
 * @param reclaimed whether another dispatcher had claimed it before and its lease
 * expired: it may have reached Cocoonmail already
 * @author Cocoonmail Team
 */
record Claim(long id, Delivery delivery, int attempt, boolean reclaimed) {

}
