package com.cocoonmail.spring.test;

import com.cocoonmail.spring.event.CocoonmailEvent;
import com.cocoonmail.spring.event.CocoonmailMail;

/**
 * A domain event of the test application, turned into a {@code signup} event and a
 * {@code welcome} mail.
 *
 * @param email the new user's address
 * @param name the new user's name
 * @author Cocoonmail Team
 */
@CocoonmailEvent(name = "signup", email = "email", attributes = "{'source': 'test'}")
@CocoonmailMail(transactionalId = "welcome", to = "email", parameters = "{'name': name}")
record SignedUp(String email, String name) {

}
