package com.cocoonmail.spring.sends;

/**
 * A list request asked for something the sends API does not allow; answered with
 * {@code 400} and the message.
 *
 * @author Cocoonmail Team
 */
class SendsRequestException extends RuntimeException {

	SendsRequestException(String message) {
		super(message);
	}

}
