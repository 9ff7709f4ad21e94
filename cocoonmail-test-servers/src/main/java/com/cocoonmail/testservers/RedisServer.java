package com.cocoonmail.testservers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A real Redis server ({@code redis-server} 6.2) for tests, one per JVM, listening on
 * {@code 127.0.0.1} on a free port, without persistence. It can be stopped and started
 * again on the same port, to test what happens while Redis is down. The binary comes from
 * a Maven Central artifact; nothing needs to be installed. The server stops when the JVM
 * ends.
 *
 * <pre class="code">
 * RedisServer redis = RedisServer.shared();
 * redis.flushAll();
 * String url = redis.url(); // redis://127.0.0.1:port
 * redis.stop(); // connections are now refused
 * redis.start(); // same port again
 * </pre>
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class RedisServer {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private static final int START_ATTEMPTS = 3;

	private static final Object lock = new Object();

	private static @Nullable RedisServer shared;

	private final Path executable;

	private final Path home;

	private int port;

	private @Nullable ServerProcess process;

	private RedisServer(Path executable, Path home) {
		this.executable = executable;
		this.home = home;
	}

	/**
	 * Return the JVM's Redis server, starting it on first use (and again if a test
	 * stopped it and did not start it).
	 * @return the running server
	 * @throws IllegalStateException if the server cannot start, with the reason and the
	 * server's log
	 */
	public static RedisServer shared() {
		synchronized (lock) {
			RedisServer server = shared;
			if (server == null) {
				server = new RedisServer(RedisBinary.executable(), WorkingFolders.create("redis-data-"));
				server.startOnFreePort();
				Runtime.getRuntime()
					.addShutdownHook(new Thread(server::stopAndClean, "cocoonmail-test-servers-redis-stop"));
				shared = server;
			}
			else {
				server.start();
			}
			return server;
		}
	}

	/**
	 * Return the host the server listens on.
	 * @return {@code 127.0.0.1}
	 */
	public String host() {
		return FreePorts.HOST;
	}

	/**
	 * Return the port the server listens on, the same after a restart.
	 * @return the port
	 */
	public int port() {
		synchronized (lock) {
			return this.port;
		}
	}

	/**
	 * Return the server's URL, e.g. for {@code spring.data.redis.url}.
	 * @return {@code redis://127.0.0.1:<port>}
	 */
	public String url() {
		return "redis://" + host() + ":" + port();
	}

	/**
	 * Whether the server is running.
	 * @return {@code true} unless stopped
	 */
	public boolean isRunning() {
		synchronized (lock) {
			ServerProcess current = this.process;
			return current != null && current.isAlive();
		}
	}

	/**
	 * Start the server again on the same port after {@link #stop()}; does nothing if it
	 * runs. Its data is gone (there is no persistence). Returns once the server answers.
	 * @throws IllegalStateException if the server cannot start, for example because
	 * another process took the port meanwhile
	 */
	public void start() {
		synchronized (lock) {
			if (isRunning()) {
				return;
			}
			launch(this.port);
		}
	}

	/**
	 * Stop the server; does nothing if it is stopped. Returns once the server has ended,
	 * so that connections to its port are refused.
	 */
	public void stop() {
		synchronized (lock) {
			ServerProcess current = this.process;
			if (current != null) {
				current.stop("TERM", STOP_TIMEOUT);
				this.process = null;
			}
		}
	}

	/**
	 * Delete every key of every database.
	 * @throws IllegalStateException if the server does not answer {@code OK}
	 */
	public void flushAll() {
		int current = port();
		try {
			String reply = RedisProtocol.call(current, "FLUSHALL");
			if (!reply.equals("+OK")) {
				throw new IllegalStateException("Redis answered FLUSHALL with " + reply);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot reach Redis on " + host() + ":" + current
					+ (isRunning() ? "" : " (stopped: call start() first)"), ex);
		}
	}

	@Override
	public String toString() {
		return "Redis on " + host() + ":" + port();
	}

	private void startOnFreePort() {
		for (int attempt = 1;; attempt++) {
			try {
				launch(FreePorts.find());
				return;
			}
			catch (IllegalStateException ex) {
				if (attempt == START_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private void launch(int port) {
		List<String> command = List.of(this.executable.toString(), "--port", Integer.toString(port), "--bind",
				FreePorts.HOST, "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", this.home.toString());
		ServerProcess started = ServerProcess.start("Redis", ProcessAccount.current().command(command),
				this.home.resolve("redis.log"));
		try {
			awaitReady(started, port);
		}
		catch (IllegalStateException ex) {
			started.stop("TERM", STOP_TIMEOUT);
			throw ex;
		}
		this.port = port;
		this.process = started;
	}

	private static void awaitReady(ServerProcess process, int port) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		IOException last = null;
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Redis exited while starting on port " + port + process.logTail());
			}
			try {
				if (RedisProtocol.call(port, "PING").equals("+PONG")) {
					return;
				}
			}
			catch (IOException ex) {
				last = ex;
			}
			pause();
		}
		throw new IllegalStateException(
				"Redis did not answer PING on port " + port + " within " + START_TIMEOUT.toSeconds() + "s"
						+ ((last != null) ? " (" + last.getMessage() + ")" : "") + process.logTail());
	}

	private void stopAndClean() {
		stop();
		ServerFiles.deleteRecursively(this.home);
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Redis to start", ex);
		}
	}

}
