package com.cocoonmail.spring.event;

/**
 * A plain domain event that the bridge sends as both an event and a mail.
 *
 * @param email the user's email
 * @param name the user's name
 * @param plan the chosen plan
 * @author Cocoonmail Team
 */
@CocoonmailEvent(name = "signup", email = "email", attributes = "{'plan': plan, 'source': 'web'}")
@CocoonmailMail(transactionalId = "welcome", to = "email", parameters = "{'name': name, 'plan': plan.toUpperCase()}")
record UserSignedUp(String email, String name, String plan) {

}
