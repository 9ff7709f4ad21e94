package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.emulator.EmulatorRateLimit;
import com.cocoonmail.spring.client.CocoonmailOperations;
import com.cocoonmail.spring.sends.SendsHttpApi;
import com.cocoonmail.testservers.PostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Figure 8, the sends ledger on PostgreSQL: an application with the starter's JDBC ledger
 * and its sends API, over a table of {@value SendsLoader#SENDS} sends (see
 * {@link SendsLoader}), times pages of {@code GET /api/sends} with their total, filtered
 * and sorted as the API allows, first, middle and last pages; then the latency a ledger
 * write adds to a {@code sendMail} call, against the emulator, with the ledger off, in
 * memory and in that table.
 *
 * @author Cocoonmail Team
 */
final class SendsLedgerFigure {

	private static final String TOKEN = "bench-sends-token";

	private static final String SCHEMA = "com/cocoonmail/spring/sends/schema-postgresql.sql";

	private static final int BROAD_PAGES = 252;

	private static final int SELECTIVE_PAGES = 200;

	private static final int UNFILTERED_PAGES = 60;

	private static final int SAMPLES = 50;

	private static final int COUNTS = 30;

	private static final int WRITE_ROUND = 500;

	private static final int WRITE_WARM_UP_ROUNDS = 3;

	private static final int WRITE_ROUNDS = 6;

	private static final long TARGET_NANOS = 20_000_000L;

	private final PrintStream log;

	SendsLedgerFigure(PrintStream log) {
		this.log = log;
	}

	List<ResultRow> run() {
		this.log.println("[8] sends ledger on PostgreSQL: " + SendsLoader.SENDS + " sends over " + SendsLoader.DAYS
				+ " days, pages of GET /api/sends, then the cost of a ledger write per sendMail");
		PostgresServer postgres = PostgresServer.shared();
		String database = postgres.createUniqueDatabase("sends_bench");
		List<ResultRow> rows = new ArrayList<>();
		try (HikariDataSource dataSource = dataSource(postgres, database);
				CocoonmailEmulator emulator = BenchEmulator.start(EmulatorRateLimit.unlimited())) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			SendsLoader loader = new SendsLoader(jdbc);
			long start = System.nanoTime();
			new ResourceDatabasePopulator(new ClassPathResource(SCHEMA)).execute(dataSource);
			loader.load();
			long loaded = System.nanoTime();
			try (ConfigurableApplicationContext ledger = start(emulator.baseUrl(), dataSource,
					"cocoonmail.sends.store=jdbc", "cocoonmail.sends.jdbc.initialize-schema=always",
					"cocoonmail.sends.api.enabled=true", "cocoonmail.sends.api.token=" + TOKEN)) {
				long indexed = System.nanoTime();
				loader.vacuumAnalyze();
				long indexes = jdbc.sql("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'cocoonmail_send'")
					.query(Long.class)
					.single();
				this.log.printf(Locale.ROOT,
						"    loaded in %.1f s, %d indexes built by the starter's schema initializer in %.1f s, "
								+ "VACUUM ANALYZE %.1f s%n",
						seconds(loaded - start), indexes, seconds(indexed - loaded),
						seconds(System.nanoTime() - indexed));
				Map<@Nullable String, Long> templates = loader.countsByTemplate();
				this.log.println("    sends by transactional_id: " + templates);
				if (SendsQueryPlans.wanted()) {
					new SendsQueryPlans(jdbc, this.log).print("receipt", templates.getOrDefault("receipt", 0L));
				}
				rows.addAll(
						pages(new SendsPageTimer(ledger.getBean(SendsHttpApi.class), TOKEN), loader, templates, jdbc));
				rows.addAll(writes(emulator.baseUrl(), ledger, jdbc));
			}
		}
		return rows;
	}

	private List<ResultRow> pages(SendsPageTimer timer, SendsLoader loader, Map<@Nullable String, Long> templates,
			JdbcClient jdbc) {
		List<String> broad = broadQueries(templates);
		List<String> selective = selectiveQueries(loader);
		List<String> unfiltered = List.of("page=1", "page=1&per_page=50", "sort=sent_at");
		long total = templates.values().stream().mapToLong(Long::longValue).sum();
		List<String> unfilteredDeep = List.of("page=" + (total / 15 / 2), "page=" + ((total + 14) / 15),
				"sort=sent_at&per_page=50&page=" + (total / 50 / 2));
		String check = "filter%5Btransactional_id%5D=receipt&page=1";
		boolean totalRight = Pattern.compile("\"total\":" + templates.get("receipt") + "[,}]")
			.matcher(timer.get(check))
			.find();
		timer.warmUp(broad);
		timer.warmUp(selective);
		timer.warmUp(unfiltered);
		long[] broadNanos = timer.time(broad, BROAD_PAGES);
		Percentiles broadTimes = new Percentiles(broadNanos);
		Percentiles selectiveTimes = new Percentiles(timer.time(selective, SELECTIVE_PAGES));
		Percentiles unfilteredTimes = new Percentiles(timer.time(unfiltered, UNFILTERED_PAGES));
		Percentiles deepTimes = new Percentiles(timer.time(unfilteredDeep, unfilteredDeep.size() * 5));
		this.log.printf(Locale.ROOT,
				"    %d pages of filter[transactional_id] (%d distinct queries), %d selective "
						+ "(%d distinct), %d + %d unfiltered; %d not answered 200; total of %s right: %s%n",
				BROAD_PAGES, broad.size(), SELECTIVE_PAGES, selective.size(), UNFILTERED_PAGES,
				unfilteredDeep.size() * 5, timer.failed(), check, totalRight);
		printByTemplate(templates, broad, broadNanos);
		String largestTemplate = templates.keySet().stream().filter(Objects::nonNull).findFirst().orElse("receipt");
		Percentiles countTimes = countTimes(jdbc, largestTemplate);
		String name = "8. Sends API on 1M sends (PostgreSQL), page with total, ";
		long largest = templates.values().stream().mapToLong(Long::longValue).max().orElse(0);
		long smallest = templates.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() != null)
			.mapToLong(Map.Entry::getValue)
			.min()
			.orElse(0);
		boolean ok = timer.failed() == 0 && totalRight;
		return List.of(
				ResultRow.of(name + "filter[email|subscriber_uuid|log item|message id]: p50 / p99 / max",
						millis(selectiveTimes), "p99 <= 20 ms",
						Verdict.of(ok && selectiveTimes.percentile(99) <= TARGET_NANOS)),
				ResultRow.of(
						name + "filter[transactional_id] (" + thousands(smallest) + "-" + thousands(largest)
								+ " matches), first/middle/last page: p50 / p99 / max",
						millis(broadTimes), "p99 <= 20 ms",
						Verdict.of(ok && broadTimes.percentile(99) <= TARGET_NANOS)),
				ResultRow.info("8. of which the total alone, COUNT(*) of the " + thousands(largest)
						+ " sends of filter[" + "transactional_id]=" + largestTemplate + ": p50 / p99 / max",
						millis(countTimes)),
				ResultRow.info(name + "unfiltered, first page (total = COUNT over 1M): p50 / p99 / max",
						millis(unfilteredTimes)),
				ResultRow.info(name + "unfiltered, middle and last page: p50 / p99 / max", millis(deepTimes)));
	}

	private void printByTemplate(Map<@Nullable String, Long> templates, List<String> queries, long[] nanos) {
		for (Map.Entry<@Nullable String, Long> template : templates.entrySet()) {
			String filter = "filter%5Btransactional_id%5D=" + template.getKey() + "&";
			long[] times = IntStream.range(0, nanos.length)
				.filter((i) -> queries.get(i % queries.size()).startsWith(filter))
				.mapToLong((i) -> nanos[i])
				.toArray();
			if (times.length > 0) {
				Percentiles percentiles = new Percentiles(times);
				this.log.printf(Locale.ROOT,
						"    filter[transactional_id]=%s (%s sends): %d pages, p50 %.2f ms, p99 %.2f ms%n",
						template.getKey(), thousands(template.getValue()), times.length,
						percentiles.percentile(50) / 1e6, percentiles.percentile(99) / 1e6);
			}
		}
	}

	private static Percentiles countTimes(JdbcClient jdbc, String template) {
		long[] nanos = new long[COUNTS];
		for (int i = -COUNTS / 3; i < COUNTS; i++) {
			long start = System.nanoTime();
			jdbc.sql("SELECT COUNT(*) FROM COCOONMAIL_SEND WHERE TRANSACTIONAL_ID = :template")
				.param("template", template)
				.query(Long.class)
				.single();
			if (i >= 0) {
				nanos[i] = System.nanoTime() - start;
			}
		}
		return new Percentiles(nanos);
	}

	private List<ResultRow> writes(String baseUrl, ConfigurableApplicationContext jdbcLedger, JdbcClient jdbc) {
		try (ConfigurableApplicationContext off = start(baseUrl, null, "cocoonmail.sends.enabled=false");
				ConfigurableApplicationContext memory = start(baseUrl, null, "cocoonmail.sends.store=memory")) {
			List<LedgerWriteSide> sides = List.of(side("off", off), side("memory", memory),
					side("postgresql", jdbcLedger));
			this.log.printf(Locale.ROOT,
					"    ledger write cost: sendMail to 1 recipient, one call at a time, rounds of %d, "
							+ "%d warm-up and %d measured rounds per side, alternated%n",
					WRITE_ROUND, WRITE_WARM_UP_ROUNDS, WRITE_ROUNDS);
			for (int round = 0; round < WRITE_WARM_UP_ROUNDS + WRITE_ROUNDS; round++) {
				boolean measured = round >= WRITE_WARM_UP_ROUNDS;
				for (int i = 0; i < sides.size(); i++) {
					sides.get(((round % 2) == 0) ? i : sides.size() - 1 - i).round(WRITE_ROUND, measured);
				}
			}
			long sends = jdbc.sql("SELECT COUNT(*) FROM COCOONMAIL_SEND WHERE EMAIL LIKE 'postgresql-%'")
				.query(Long.class)
				.single();
			this.log.printf(Locale.ROOT, "    the JDBC ledger holds %d of the %d PostgreSQL side's sends%n", sends,
					(WRITE_WARM_UP_ROUNDS + WRITE_ROUNDS) * WRITE_ROUND);
			LedgerWriteSide none = sides.get(0);
			List<ResultRow> rows = new ArrayList<>();
			rows.add(ResultRow.info("8. sendMail latency, ledger off: p50 / p99 / max", micros(none)));
			for (LedgerWriteSide side : sides.subList(1, sides.size())) {
				String store = side.name().equals("memory") ? "memory" : "JDBC on PostgreSQL (1M sends)";
				rows.add(ResultRow.info("8. sendMail latency, ledger in " + store + ": p50 / p99 / max", micros(side)));
				rows.add(ResultRow.info("8. Ledger write cost per sendMail, " + store + ": p50 / p99 added",
						String.format(Locale.ROOT, "+%.0f / +%.0f us; CPU per send %.0f vs %.0f us (JVM only)",
								(side.latency().percentile(50) - none.latency().percentile(50)) / 1e3,
								(side.latency().percentile(99) - none.latency().percentile(99)) / 1e3,
								side.clientCpuMicrosPerSend(), none.clientCpuMicrosPerSend())));
			}
			return rows;
		}
	}

	private static LedgerWriteSide side(String name, ConfigurableApplicationContext context) {
		return new LedgerWriteSide(name, context.getBean(CocoonmailOperations.class));
	}

	private static List<String> broadQueries(Map<@Nullable String, Long> templates) {
		List<String> queries = new ArrayList<>();
		for (Map.Entry<@Nullable String, Long> template : templates.entrySet()) {
			if (template.getKey() == null) {
				continue;
			}
			for (int perPage : new int[] { 15, 50 }) {
				long last = (template.getValue() + perPage - 1) / perPage;
				for (long page : new long[] { 1, Math.max(1, last / 2), last }) {
					for (String sort : new String[] { "-sent_at", "sent_at" }) {
						queries.add("filter%5Btransactional_id%5D=" + template.getKey() + "&page=" + page + "&per_page="
								+ perPage + "&sort=" + sort);
					}
				}
			}
		}
		return queries;
	}

	private static List<String> selectiveQueries(SendsLoader loader) {
		List<String> queries = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			String paging = "&per_page=" + (((k % 2) == 0) ? 15 : 50) + "&sort="
					+ (((k % 3) == 0) ? "sent_at" : "-sent_at");
			queries.add("filter%5Bemail%5D=" + SendsLoader.email((k * 3_997) % SendsLoader.SUBSCRIBERS) + paging);
			queries.add("filter%5Bsubscriber_uuid%5D="
					+ loader.subscriberUuid((k * 7_919 * 5 + 1) % SendsLoader.SUBSCRIBERS) + paging);
			queries.add("filter%5Btransactional_mail_log_item_uuid%5D=" + loader.logItem(k * 9_973) + paging);
			queries.add("filter%5Btransport_message_id%5D=" + SendsLoader.messageId(k * 19_997 + 5) + paging);
		}
		return queries;
	}

	private static ConfigurableApplicationContext start(String baseUrl, @Nullable HikariDataSource dataSource,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("cocoonmail.rate-limit.enabled=false",
				"cocoonmail.events.enabled=false", "cocoonmail.sends.retention=3650d"));
		all.addAll(List.of(properties));
		return BenchmarkApplication.start(baseUrl, (dataSource != null) ? Map.of("dataSource", dataSource) : Map.of(),
				all.toArray(new String[0]));
	}

	private static HikariDataSource dataSource(PostgresServer postgres, String database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl(database));
		dataSource.setUsername(postgres.username());
		dataSource.setPassword(postgres.password());
		dataSource.setMaximumPoolSize(8);
		return dataSource;
	}

	private static String millis(Percentiles percentiles) {
		return String.format(Locale.ROOT, "%.2f / %.2f / %.2f ms", percentiles.percentile(50) / 1e6,
				percentiles.percentile(99) / 1e6, percentiles.max() / 1e6);
	}

	private static String micros(LedgerWriteSide side) {
		Percentiles latency = side.latency();
		return String.format(Locale.ROOT, "%.0f / %.0f / %.0f us (%d sends)", latency.percentile(50) / 1e3,
				latency.percentile(99) / 1e3, latency.max() / 1e3, side.measuredSends());
	}

	private static String thousands(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
