package com.cocoonmail.spring.sends;

import com.cocoonmail.spring.event.CocoonmailMail;

/**
 * A domain event the bridge sends as a mail.
 *
 * @param email the recipient
 * @author Cocoonmail Team
 */
@CocoonmailMail(transactionalId = "welcome", to = "email")
record WelcomeMail(String email) {

}
