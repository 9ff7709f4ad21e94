package com.cocoonmail.testservers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The few Redis commands the server itself needs (PING, FLUSHALL), spoken over a plain
 * socket so that the module needs no Redis client.
 *
 * @author Cocoonmail Team
 */
final class RedisProtocol {

	private static final int TIMEOUT_MILLIS = 2000;

	private RedisProtocol() {
	}

	/**
	 * Send one command and return the first line of its reply, e.g. {@code +PONG}.
	 * @param port the server's port on {@link FreePorts#HOST}
	 * @param arguments the command and its arguments
	 * @return the reply's first line
	 * @throws IOException if the server cannot be reached or does not answer
	 */
	static String call(int port, String... arguments) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(FreePorts.HOST, port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			StringBuilder command = new StringBuilder("*").append(arguments.length).append("\r\n");
			for (String argument : arguments) {
				command.append('$')
					.append(argument.getBytes(StandardCharsets.UTF_8).length)
					.append("\r\n")
					.append(argument)
					.append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(command.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String reply = in.readLine();
			if (reply == null) {
				throw new IOException("Redis closed the connection without answering " + arguments[0]);
			}
			return reply;
		}
	}

}
