package com.cocoonmail.spring.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * A JVM started from this one's {@code java} and class path, running a main class, whose
 * output lines are collected.
 *
 * @author Cocoonmail Team
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private ChildJvm(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "child-jvm-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a child JVM.
	 * @param mainClass the main class
	 * @param args its arguments
	 * @return the child
	 * @throws IOException if it cannot start
	 */
	static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
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
	 */
	String awaitLine(String prefix, Duration timeout) {
		await().atMost(timeout)
			.failFast("child JVM exited:\n" + String.join("\n", this.lines),
					() -> !this.process.isAlive() && find(prefix) == null)
			.until(() -> find(prefix) != null);
		return find(prefix);
	}

	private String find(String prefix) {
		return this.lines.stream().filter((line) -> line.startsWith(prefix)).findFirst().orElse(null);
	}

	/**
	 * Kill the child with {@code SIGKILL}, without giving it any chance to clean up.
	 * @throws InterruptedException if interrupted while waiting for it to die
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
