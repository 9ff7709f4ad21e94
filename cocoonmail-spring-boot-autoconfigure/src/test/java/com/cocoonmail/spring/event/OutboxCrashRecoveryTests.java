package com.cocoonmail.spring.event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRequest;
import com.cocoonmail.testservers.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the JDBC outbox across real processes: a child JVM killed with
 * {@code SIGKILL} while requests are pending, then a fresh one; and two child JVMs
 * dispatching from one database.
 *
 * @author Cocoonmail Team
 */
class OutboxCrashRecoveryTests {

	private static final Duration START = Duration.ofSeconds(90);

	private static final int RECIPIENTS = 50;

	private static final int PER_RECIPIENT = 10;

	private static final int TOTAL = RECIPIENTS * PER_RECIPIENT;

	private final CocoonmailEmulator emulator = BridgeTestSupport.startEmulator();

	@TempDir
	Path directory;

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@ParameterizedTest
	@EnumSource(value = OutboxDatabase.class, names = { "H2", "POSTGRESQL" })
	void childKilledWhileRequestsArePendingThenRestartedDeliversEveryRequestInOrder(OutboxDatabase database)
			throws Exception {
		String[] db = database.createSharedDatabase(this.directory);
		long inFlightAtKill;
		long pendingAtKill;
		try (ChildJvm first = child(db, "100", 0, RECIPIENTS, PER_RECIPIENT)) {
			first.awaitLine("PUBLISHED", START);
			await().atMost(START).until(() -> this.emulator.arrivalCount() >= 20);
			first.kill();
			inFlightAtKill = count(db, "STATUS = 'SENDING'");
			pendingAtKill = count(db, "STATUS IN ('PENDING', 'SENDING')");
		}
		int receivedAtKill = this.emulator.arrivalCount();
		assertThat(pendingAtKill).isGreaterThan(TOTAL / 2);
		try (ChildJvm second = child(db, "400", 0, 0, 0)) {
			second.awaitLine("IDLE", START);
		}
		List<String> keys = keys(BridgeTestSupport.received(this.emulator));
		assertThat(new HashSet<>(keys)).hasSize(TOTAL);
		int duplicates = keys.size() - TOTAL;
		assertThat(duplicates).isLessThanOrEqualTo((int) inFlightAtKill);
		assertThat(keys.size()).isGreaterThan(receivedAtKill);
		assertEachRecipientInPublishOrder(BridgeTestSupport.received(this.emulator));
	}

	@Test
	void twoDispatchersOnOneDatabaseSendEachRequestOnceAndKeepEachRecipientsOrder() throws Exception {
		String[] db = OutboxDatabase.POSTGRESQL.createSharedDatabase(this.directory);
		int half = RECIPIENTS / 2;
		List<String> idle = new ArrayList<>();
		try (ChildJvm one = child(db, "25", 0, half, PER_RECIPIENT);
				ChildJvm two = child(db, "25", half, half, PER_RECIPIENT)) {
			idle.add(one.awaitLine("IDLE", START));
			idle.add(two.awaitLine("IDLE", START));
		}
		List<String> keys = keys(BridgeTestSupport.received(this.emulator));
		assertThat(keys).hasSize(TOTAL).doesNotHaveDuplicates();
		assertEachRecipientInPublishOrder(BridgeTestSupport.received(this.emulator));
		List<Integer> delivered = idle.stream().map((line) -> Integer.parseInt(line.substring(5).trim())).toList();
		assertThat(delivered).allSatisfy((count) -> assertThat(count).isPositive());
		assertThat(delivered.get(0) + delivered.get(1)).isEqualTo(TOTAL);
	}

	private ChildJvm child(String[] db, String rate, int firstRecipient, int recipients, int perRecipient)
			throws Exception {
		return ChildJvm.start(List.of("-XX:TieredStopAtLevel=1"), OutboxChild.class, db[0], db[1], db[2],
				this.emulator.baseUrl(), rate, String.valueOf(firstRecipient), String.valueOf(recipients),
				String.valueOf(perRecipient));
	}

	private static long count(String[] db, String condition) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT COUNT(*) FROM COCOONMAIL_OUTBOX WHERE " + condition)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static List<String> keys(List<EmulatorRequest> requests) {
		return requests.stream()
			.map((request) -> BridgeTestSupport.body(request).path("email").asString() + "#"
					+ BridgeTestSupport.sequenceNumber(request))
			.toList();
	}

	private static void assertEachRecipientInPublishOrder(List<EmulatorRequest> requests) {
		Map<String, List<Integer>> sequences = new LinkedHashMap<>();
		for (EmulatorRequest request : requests) {
			List<Integer> seqs = sequences.computeIfAbsent(BridgeTestSupport.body(request).path("email").asString(),
					(email) -> new ArrayList<>());
			int seq = BridgeTestSupport.sequenceNumber(request);
			if (seqs.isEmpty() || seqs.get(seqs.size() - 1) != seq) {
				seqs.add(seq);
			}
		}
		assertThat(sequences).hasSize(RECIPIENTS);
		Set<Integer> expected = new HashSet<>();
		for (int i = 0; i < PER_RECIPIENT; i++) {
			expected.add(i);
		}
		assertThat(sequences).allSatisfy((email, seqs) -> assertThat(seqs).isSorted().hasSameElementsAs(expected));
	}

}
