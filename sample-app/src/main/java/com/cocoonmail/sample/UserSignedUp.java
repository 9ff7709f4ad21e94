package com.cocoonmail.sample;

import com.cocoonmail.spring.event.CocoonmailEvent;
import com.cocoonmail.spring.event.CocoonmailMail;

/**
 * A domain event the application publishes; the starter's bridge turns it into a
 * Cocoonmail {@code signup} event and a welcome mail.
 *
 * @param email the new user's email
 * @param name the new user's name
 * @param plan the chosen plan
 * @author Cocoonmail Team
 */
@CocoonmailEvent(name = "signup", email = "email", attributes = "{'plan': plan}")
@CocoonmailMail(transactionalId = "welcome", to = "email", parameters = "{'name': name, 'plan': plan}")
public record UserSignedUp(String email, String name, String plan) {

}
