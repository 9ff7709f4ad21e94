package com.cocoonmail.testservers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server's operating-system process, with its output in a log file. Processes are
 * started from one long-lived daemon thread, because a parent-death signal fires when the
 * thread that started the process ends, not only when the JVM does.
 *
 * @author Cocoonmail Team
 */
final class ServerProcess {

	private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "cocoonmail-test-servers-launcher");
		thread.setDaemon(true);
		return thread;
	});

	private static final int LOG_TAIL_LINES = 30;

	private final String name;

	private final Process process;

	private final Path log;

	private ServerProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Start a process with its output appended to {@code log}.
	 * @param name the server's name, for messages
	 * @param command the full command
	 * @param log the log file
	 * @return the started process
	 */
	static ServerProcess start(String name, List<String> command, Path log) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		try {
			return new ServerProcess(name, LAUNCHER.submit(builder::start).get(), log);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot start " + name + " with " + command, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting " + name, ex);
		}
	}

	/**
	 * Run a command to its end, failing unless it exits with 0.
	 * @param name what the command does, for messages
	 * @param command the full command
	 * @param log the log file
	 * @param timeout how long it may take
	 */
	static void run(String name, List<String> command, Path log, Duration timeout) {
		ServerProcess process = start(name, command, log);
		int exit = process.awaitExit(timeout);
		if (exit != 0) {
			throw new IllegalStateException(
					name + " failed (exit " + exit + "), command " + command + process.logTail());
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Stop the process: {@code signal} first (SIGTERM when {@code null} or when it cannot
	 * be sent), SIGKILL if it has not ended within {@code timeout}.
	 * @param signal the signal name for {@code kill}, e.g. {@code INT}
	 * @param timeout how long to wait for a clean end
	 */
	void stop(String signal, Duration timeout) {
		if (!this.process.isAlive()) {
			return;
		}
		if (!signal("-" + signal)) {
			this.process.destroy();
		}
		if (awaitExit(timeout) == Integer.MIN_VALUE) {
			this.process.destroyForcibly();
			awaitExit(Duration.ofSeconds(10));
		}
	}

	/**
	 * Return the last lines of the log, formatted for an exception message.
	 * @return the log's tail
	 */
	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
			return "\n--- last lines of " + this.log + " ---\n" + String.join("\n", tail);
		}
		catch (IOException ex) {
			return "\n(no log at " + this.log + ": " + ex.getMessage() + ")";
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + this.process.pid() + ")";
	}

	private int awaitExit(Duration timeout) {
		try {
			if (this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return this.process.exitValue();
			}
			return Integer.MIN_VALUE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Integer.MIN_VALUE;
		}
	}

	private boolean signal(String signal) {
		try {
			Process kill = new ProcessBuilder("kill", signal, Long.toString(this.process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
