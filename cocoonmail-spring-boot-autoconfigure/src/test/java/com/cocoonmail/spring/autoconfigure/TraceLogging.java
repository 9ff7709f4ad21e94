package com.cocoonmail.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Sets the root logger to {@code TRACE} through Boot's {@link LoggingSystem} before each
 * test and restores its level after it. Register it with
 * {@code @RegisterExtension final TraceLogging traceLogging = new TraceLogging();}.
 *
 * @author Cocoonmail Team
 */
final class TraceLogging implements BeforeEachCallback, AfterEachCallback {

	private final LoggingSystem loggingSystem = LoggingSystem.get(TraceLogging.class.getClassLoader());

	private @Nullable LogLevel previousLevel;

	@Override
	public void beforeEach(ExtensionContext context) {
		LoggerConfiguration root = this.loggingSystem.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME);
		this.previousLevel = (root != null) ? root.getEffectiveLevel() : null;
		this.loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
				(this.previousLevel != null) ? this.previousLevel : LogLevel.INFO);
	}

}
