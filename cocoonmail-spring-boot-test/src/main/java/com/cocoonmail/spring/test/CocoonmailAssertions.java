package com.cocoonmail.spring.test;

import com.cocoonmail.spring.delivery.CocoonmailRecorder;

/**
 * Entry point of the AssertJ assertions on what an application sent to Cocoonmail:
 * {@code assertThat(recorder).sentMail().withTransactionalId("welcome").to("jane@example.com")}
 * or {@code assertThat(recorder).sentEvent("signup").to("jane@example.com")}.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class CocoonmailAssertions {

	private CocoonmailAssertions() {
	}

	/**
	 * Wait for the event bridge to send everything published so far
	 * ({@link CocoonmailRecorder#flush()}), then start assertions on what the recorder
	 * holds.
	 * @param recorder the recorder
	 * @return the assertions
	 */
	public static CocoonmailRecorderAssert assertThat(CocoonmailRecorder recorder) {
		recorder.flush();
		return new CocoonmailRecorderAssert(recorder);
	}

}
