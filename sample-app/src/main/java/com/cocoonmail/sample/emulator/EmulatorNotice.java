package com.cocoonmail.sample.emulator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Says on the console whether the sample talks to the emulator or to Cocoonmail.
 *
 * @author Cocoonmail Team
 */
class EmulatorNotice implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(EmulatorNotice.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String emulator = event.getApplicationContext().getEnvironment().getProperty("sample.emulator.base-url");
		if (emulator != null) {
			logger.info("No COCOONMAIL_API_KEY set: the sample runs against the embedded Cocoonmail emulator at "
					+ emulator + ". To use the real Cocoonmail API, set COCOONMAIL_API_KEY and restart.");
		}
		else {
			logger.info("COCOONMAIL_API_KEY is set: the sample talks to the real Cocoonmail API.");
		}
	}

}
