package com.cocoonmail.testservers;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one's {@code java} and class path, running a main class, whose
 * output lines are read as they come: for crash and multi-instance tests and benchmarks
 * that need a real process to kill. Under {@code exec:java} the caller runs in a class
 * loader of its own, so the class path is that loader's, not {@code java.class.path}
 * (Maven's).
 *
 * @author Cocoonmail Team
 */
public final class ChildJvm implements AutoCloseable {

	private static final int SIGKILL_EXIT = 128 + 9;

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> seen = new ArrayList<>();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "child-jvm-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a child JVM with a heap of at most 256 MB.
	 * @param jvmOptions further options of the {@code java} command
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the child
	 */
	public static ChildJvm start(List<String> jvmOptions, Class<?> mainClass, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classPath());
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		try {
			return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + mainClass.getName(), ex);
		}
	}

	private static String classPath() {
		if (ChildJvm.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
			List<String> entries = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					entries.add(new File(url.toURI()).getPath());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException("Not a file on the class path: " + url, ex);
				}
			}
			return String.join(File.pathSeparator, entries);
		}
		return System.getProperty("java.class.path");
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			while (line != null) {
				this.lines.add(line);
				line = reader.readLine();
			}
		}
		catch (IOException ex) {
			this.lines.add("output lost: " + ex);
		}
	}

	/**
	 * Wait for an output line starting with the given text.
	 * @param prefix the start of the line
	 * @param timeout the longest time to wait
	 * @return the line
	 * @throws IllegalStateException if the child exits or the time runs out first, with
	 * the child's output
	 */
	public String awaitLine(String prefix, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
				if (line != null) {
					this.seen.add(line);
					if (line.startsWith(prefix)) {
						return line;
					}
				}
				else if (!this.process.isAlive() && this.lines.isEmpty()) {
					throw failure("exited with " + this.process.exitValue() + " before printing " + prefix);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw failure("did not print " + prefix + " within " + timeout);
	}

	/**
	 * Return how many of the lines read so far by {@link #awaitLine} contain a text.
	 * @param text the text
	 * @return the count
	 */
	public long linesContaining(String text) {
		return this.seen.stream().filter((line) -> line.contains(text)).count();
	}

	private IllegalStateException failure(String what) {
		return new IllegalStateException("Child JVM " + this.process.pid() + " " + what + ":\n"
				+ String.join("\n", this.seen) + "\n" + String.join("\n", this.lines));
	}

	/**
	 * Kill the child with {@code SIGKILL} ({@link Process#destroyForcibly()} on Linux),
	 * without giving it any chance to clean up, and wait for it to end.
	 * @return whether it ended by {@code SIGKILL} (exit value 137)
	 */
	public boolean kill() {
		try {
			return this.process.destroyForcibly().waitFor() == SIGKILL_EXIT;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
