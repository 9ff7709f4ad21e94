package com.cocoonmail.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The account a server process runs as. PostgreSQL refuses to run as root, and builds
 * (CI) often run as root: then the server runs as the unprivileged {@code nobody} account
 * through {@code setpriv} (or {@code runuser}), and its working folder is handed to that
 * account. When {@code setpriv} exists, the server also gets a parent-death signal, so
 * that it stops when the JVM dies, even killed with SIGKILL.
 *
 * @author Cocoonmail Team
 */
final class ProcessAccount {

	static final String UNPRIVILEGED_USER = "nobody";

	private static final List<Path> SETPRIV = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

	private static final List<Path> RUNUSER = List.of(Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"));

	private final @Nullable Path setpriv;

	private final @Nullable Path runuser;

	private final boolean unprivileged;

	private final int uid;

	private final int gid;

	private ProcessAccount(@Nullable Path setpriv, @Nullable Path runuser, boolean unprivileged, int uid, int gid) {
		this.setpriv = setpriv;
		this.runuser = runuser;
		this.unprivileged = unprivileged;
		this.uid = uid;
		this.gid = gid;
	}

	/**
	 * Return the account for servers that refuse root: {@code nobody} when this JVM runs
	 * as root, the JVM's own account otherwise.
	 * @return the account
	 */
	static ProcessAccount nonRoot() {
		Path setpriv = firstExecutable(SETPRIV);
		Path runuser = firstExecutable(RUNUSER);
		if (currentUid() != 0) {
			return new ProcessAccount(setpriv, runuser, false, currentUid(), -1);
		}
		if (setpriv == null && runuser == null) {
			throw new IllegalStateException("This JVM runs as root and PostgreSQL refuses to run as root, "
					+ "but neither setpriv nor runuser (util-linux) was found in /usr/bin, /bin, /usr/sbin or /sbin "
					+ "to run it as '" + UNPRIVILEGED_USER
					+ "'. Install util-linux or run the build as a normal user.");
		}
		int[] ids = passwdIds(UNPRIVILEGED_USER);
		return new ProcessAccount(setpriv, runuser, true, ids[0], ids[1]);
	}

	/**
	 * Return the JVM's own account.
	 * @return the account
	 */
	static ProcessAccount current() {
		return new ProcessAccount(firstExecutable(SETPRIV), null, false, currentUid(), -1);
	}

	/**
	 * Whether processes run as another, unprivileged account.
	 * @return {@code true} when privileges are dropped
	 */
	boolean unprivileged() {
		return this.unprivileged;
	}

	/**
	 * Return the command that runs {@code command} as this account.
	 * @param command the program and its arguments
	 * @return the full command
	 */
	List<String> command(List<String> command) {
		List<String> full = new ArrayList<>();
		if (this.setpriv != null) {
			full.add(this.setpriv.toString());
			if (this.unprivileged) {
				full.add("--reuid=" + this.uid);
				full.add("--regid=" + this.gid);
				full.add("--clear-groups");
			}
			full.add("--pdeathsig=INT");
			full.add("--");
		}
		else if (this.unprivileged && this.runuser != null) {
			full.add(this.runuser.toString());
			full.add("-u");
			full.add(UNPRIVILEGED_USER);
			full.add("--");
		}
		full.addAll(command);
		return full;
	}

	/**
	 * Give a folder to this account, so that the server can write in it.
	 * @param folder the folder
	 */
	void own(Path folder) {
		if (!this.unprivileged) {
			return;
		}
		try {
			Files.setAttribute(folder, "unix:uid", this.uid);
			Files.setAttribute(folder, "unix:gid", this.gid);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot hand " + folder + " to the account '" + UNPRIVILEGED_USER + "'", ex);
		}
	}

	@Override
	public String toString() {
		return this.unprivileged ? UNPRIVILEGED_USER + " (uid " + this.uid + ")" : "uid " + this.uid;
	}

	static int currentUid() {
		try {
			return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		}
		catch (IOException | UnsupportedOperationException ex) {
			return -1;
		}
	}

	private static int[] passwdIds(String user) {
		try {
			for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
				String[] fields = line.split(":");
				if (fields.length > 3 && fields[0].equals(user)) {
					return new int[] { Integer.parseInt(fields[2]), Integer.parseInt(fields[3]) };
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			throw new IllegalStateException("Cannot read the account '" + user + "' from /etc/passwd", ex);
		}
		throw new IllegalStateException("This JVM runs as root and PostgreSQL refuses to run as root, but the account '"
				+ user + "' to run it as does not exist in /etc/passwd");
	}

	private static @Nullable Path firstExecutable(List<Path> candidates) {
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
