/**
 * Ledger of the mails the application sent, one send per recipient, and its
 * Mailcoach-compatible HTTP API.
 */
@NullMarked
package com.cocoonmail.spring.sends;

import org.jspecify.annotations.NullMarked;
