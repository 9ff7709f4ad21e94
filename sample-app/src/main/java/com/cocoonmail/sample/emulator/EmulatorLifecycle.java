package com.cocoonmail.sample.emulator;

import com.cocoonmail.spring.event.CocoonmailEventBridge;

import org.springframework.context.SmartLifecycle;

/**
 * Stops the {@link CocoonmailEmulator} after the starter's event bridge has drained, so
 * that mails queued at shutdown still reach it.
 *
 * @author Cocoonmail Team
 */
class EmulatorLifecycle implements SmartLifecycle {

	private final CocoonmailEmulator emulator;

	private volatile boolean running = true;

	EmulatorLifecycle(CocoonmailEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.emulator.close();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return CocoonmailEventBridge.PHASE - 1;
	}

}
