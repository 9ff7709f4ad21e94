package com.cocoonmail.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Prints, once the sample has started, how to list its sends through the sends API.
 *
 * @author Cocoonmail Team
 */
@Component
class SendsApiNotice implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SendsApiNotice.class);

	private final String token;

	private final String path;

	SendsApiNotice(@Value("${cocoonmail.sends.api.token}") String token,
			@Value("${cocoonmail.sends.api.path:/api/sends}") String path) {
		this.token = token;
		this.path = path;
	}

	@Override
	public void run(ApplicationArguments args) {
		logger.info("Sends API: curl -H 'Authorization: Bearer " + this.token + "' localhost:8080" + this.path);
	}

}
