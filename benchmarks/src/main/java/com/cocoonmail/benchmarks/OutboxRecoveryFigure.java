package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorArrival;
import com.cocoonmail.emulator.EmulatorEndpoint;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.event.CocoonmailEventBridge;
import com.cocoonmail.testservers.ChildJvm;
import com.cocoonmail.testservers.PostgresServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figure 5, crash recovery: a child JVM with a JDBC outbox on PostgreSQL publishes 1,000
 * requests, each in a committed transaction of its own, while the emulator holds every
 * answer, so that all stay pending and the dispatcher's requests stay in flight. The
 * child is killed with {@code SIGKILL}; a second child starts on the same database while
 * the emulator answers at once. The figure counts the requests the emulator accepted, by
 * recipient: all 1,000 must arrive, and no more twice than were in flight at the kill.
 * The in-flight ones wait for their lease to expire, so the lease is short here.
 *
 * @author Cocoonmail Team
 */
final class OutboxRecoveryFigure {

	static final int REQUESTS = 1_000;

	private static final Duration LEASE = Duration.ofSeconds(10);

	private static final Duration START = Duration.ofMinutes(2);

	private static final Duration RECOVERY = Duration.ofMinutes(6);

	private static final String OUTBOX = "COCOONMAIL_OUTBOX";

	private final PrintStream log;

	OutboxRecoveryFigure(PrintStream log) {
		this.log = log;
	}

	static String email(int index) {
		return "recovery" + index + "@example.com";
	}

	List<ResultRow> run() {
		this.log.println("[5] outbox recovery on PostgreSQL: " + REQUESTS
				+ " requests pending, kill -9, restart (lease " + LEASE.toSeconds() + " s)");
		PostgresServer postgres = PostgresServer.shared();
		String database = postgres.createUniqueDatabase("outbox_recovery");
		String[] db = { postgres.jdbcUrl(database), postgres.username(), postgres.password() };
		JdbcClient jdbc = JdbcClient.create(postgres.dataSource(database));
		try (CocoonmailEmulator emulator = BenchEmulator.start(EmulatorRateLimit.unlimited())) {
			emulator.hold();
			boolean killed;
			try (ChildJvm first = child(db, emulator, "publish", String.valueOf(REQUESTS))) {
				first.awaitLine("PUBLISHED", START);
				awaitUntil(() -> emulator.arrivalCount() >= CocoonmailEventBridge.CONCURRENCY, Duration.ofSeconds(10));
				killed = first.kill();
			}
			Instant killedAt = Instant.now();
			long pending = jdbc.sql("SELECT COUNT(*) FROM " + OUTBOX + " WHERE STATUS IN ('PENDING', 'SENDING')")
				.query(Long.class)
				.single();
			Set<String> inFlight = new HashSet<>(jdbc.sql("SELECT REQUEST FROM " + OUTBOX + " WHERE STATUS = 'SENDING'")
				.query(String.class)
				.list()
				.stream()
				.map((json) -> emailOf(String.valueOf(json)))
				.toList());
			int arrivedBeforeKill = emulator.arrivalCount();
			this.log.printf(Locale.ROOT,
					"    killed (SIGKILL: %s) with %d pending, %d in flight, %d held at the emulator%n", killed,
					pending, inFlight.size(), arrivedBeforeKill);
			emulator.release();
			long startedAt;
			long logged;
			try (ChildJvm second = child(db, emulator, "recover")) {
				startedAt = Long.parseLong(second.awaitLine("STARTED ", START).substring(8).trim());
				second.awaitLine("IDLE", RECOVERY);
				logged = second.linesContaining("may receive it twice");
			}
			return rows(emulator.arrivals(), new Kill(killed, killedAt, pending, inFlight, logged),
					Instant.ofEpochMilli(startedAt));
		}
	}

	private List<ResultRow> rows(List<EmulatorArrival> arrivals, Kill kill, Instant startedAt) {
		Set<String> inFlight = kill.inFlight();
		Map<String, Integer> counts = new HashMap<>();
		Instant last = startedAt;
		Instant lastNotInFlight = startedAt;
		@Nullable Instant firstAfterStart = null;
		int accepted = 0;
		for (EmulatorArrival arrival : arrivals) {
			if (!BenchEmulator.accepted(arrival)
					|| !EmulatorEndpoint.SEND_EVENT.defaultPath().equals(arrival.request().path())) {
				continue;
			}
			accepted++;
			String email = emailOf(arrival.request().body());
			counts.merge(email, 1, Integer::sum);
			Instant at = arrival.request().receivedAt();
			if (at.isAfter(startedAt)) {
				firstAfterStart = (firstAfterStart == null || at.isBefore(firstAfterStart)) ? at : firstAfterStart;
				last = at.isAfter(last) ? at : last;
				lastNotInFlight = (!inFlight.contains(email) && at.isAfter(lastNotInFlight)) ? at : lastNotInFlight;
			}
		}
		int distinct = counts.size();
		int duplicates = accepted - distinct;
		this.log.printf(Locale.ROOT, "    %d accepted arrivals, %d recipients, %d more than once%n", accepted, distinct,
				counts.values().stream().filter((count) -> count > 1).count());
		String name = "5. Outbox recovery after kill -9 with " + REQUESTS + " pending (PostgreSQL)";
		return List.of(
				ResultRow.of(name + ": all delivered",
						String.format(Locale.ROOT, "%d of %d (%d pending at the kill, %d of them in flight; %s)",
								distinct, REQUESTS, kill.pending(), inFlight.size(),
								kill.bySigkill() ? "killed by SIGKILL, exit 137" : "NOT killed by SIGKILL"),
						"all " + REQUESTS, Verdict.of(kill.bySigkill() && distinct == REQUESTS)),
				ResultRow.of(name + ": duplicates",
						String.format(Locale.ROOT, "%d (in flight at the kill: %d; logged as sent again: %d)",
								duplicates, inFlight.size(), kill.loggedAsSentAgain()),
						"<= in flight", Verdict.of(duplicates <= inFlight.size())),
				ResultRow.info(name + ": time from the restart's JVM start", String.format(Locale.ROOT,
						"last at %+.1f s, first at %+.1f s; the %d not in flight by %+.1f s; "
								+ "the %d s lease of the %d in flight ran out by %+.1f s",
						seconds(startedAt, last),
						seconds(startedAt, (firstAfterStart != null) ? firstAfterStart : startedAt),
						REQUESTS - inFlight.size(), seconds(startedAt, lastNotInFlight), LEASE.toSeconds(),
						inFlight.size(), seconds(startedAt, kill.at().plus(LEASE)))));
	}

	private static ChildJvm child(String[] db, CocoonmailEmulator emulator, String... mode) {
		String[] args = new String[5 + mode.length];
		args[0] = db[0];
		args[1] = db[1];
		args[2] = db[2];
		args[3] = emulator.baseUrl();
		args[4] = LEASE.toSeconds() + "s";
		System.arraycopy(mode, 0, args, 5, mode.length);
		return ChildJvm.start(List.of(), OutboxRecoveryChild.class, args);
	}

	private static String emailOf(String json) {
		return JsonMapper.shared().readTree(json).path("email").asString();
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1e3;
	}

	private static void awaitUntil(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			LockSupport.parkNanos(10_000_000L);
		}
	}

	/**
	 * What the kill left behind.
	 *
	 * @param bySigkill whether the first child ended by {@code SIGKILL}
	 * @param at when it had ended
	 * @param pending the requests not answered at the kill
	 * @param inFlight the recipients of the requests in flight at the kill
	 * @param loggedAsSentAgain the warnings of the second child that a request may arrive
	 * twice
	 */
	private record Kill(boolean bySigkill, Instant at, long pending, Set<String> inFlight, long loggedAsSentAgain) {

	}

}
