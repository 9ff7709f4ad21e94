package com.cocoonmail.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Free TCP ports on the loopback address.
 *
 * @author Cocoonmail Team
 */
final class FreePorts {

	static final String HOST = "127.0.0.1";

	private FreePorts() {
	}

	/**
	 * Return a port on {@link #HOST} that is free now (another process may take it before
	 * the server binds it: callers retry with another port when the server fails).
	 * @return the port
	 */
	static int find() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot find a free port on " + HOST, ex);
		}
	}

	/**
	 * Whether something accepts connections on the port.
	 * @param port the port
	 * @return {@code true} if a connection could be opened
	 */
	static boolean accepting(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
