package com.cocoonmail.spring.event;

/**
 * A domain event that the bridge sends as an event carrying a sequence number.
 *
 * @param email the contact's email
 * @param seq the sequence number of the event for this contact
 * @author Cocoonmail Team
 */
@CocoonmailEvent(name = "notified", email = "email", attributes = "{'seq': seq}")
record Notified(String email, int seq) {

}
