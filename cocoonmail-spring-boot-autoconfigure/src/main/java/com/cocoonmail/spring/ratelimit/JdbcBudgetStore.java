package com.cocoonmail.spring.ratelimit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * A {@link BudgetStore} in a database: a ring of {@code limit} slots per budget key, each
 * holding when its last request can have arrived, claimed with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} on the database's clock, so that no slot is
 * used twice within one window and no more than {@code limit} requests arrive in any
 * window; plus one pause row per key. Every statement runs on
 * {@link Schedulers#boundedElastic()}. The tables come from {@code schema-h2.sql} or
 * {@code schema-postgresql.sql} beside this class.
 *
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public final class JdbcBudgetStore implements BudgetStore {

	private static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final int QUERY_TIMEOUT_SECONDS = 2;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DataSource dataSource;

	private final JdbcBudgetSql sql;

	private final String key;

	private final int limit;

	private final Duration window;

	private final Duration allSlotsBusyWait;

	private volatile @Nullable String now;

	private volatile boolean ready;

	/**
	 * Create a store.
	 * @param dataSource the database
	 * @param tablePrefix the prefix of the table names, such as {@code COCOONMAIL_}
	 * @param key the budget's name, never the API key
	 * @param limit the most permits in one window
	 * @param window the window
	 */
	public JdbcBudgetStore(DataSource dataSource, String tablePrefix, String key, int limit, Duration window) {
		Assert.isTrue(limit > 0, "limit must be positive");
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
		this.jdbc = JdbcClient.create(template);
		this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.transactions.setTimeout(QUERY_TIMEOUT_SECONDS);
		this.dataSource = dataSource;
		this.sql = new JdbcBudgetSql(tablePrefix);
		this.key = key;
		this.limit = limit;
		this.window = window;
		this.allSlotsBusyWait = Duration.ofSeconds(1).dividedBy(limit * 4L);
	}

	@Override
	public Mono<BudgetDecision> acquire() {
		return blocking(() -> {
			prepare();
			return this.transactions.execute((status) -> claim());
		});
	}

	private BudgetDecision claim() {
		Optional<OffsetDateTime> pausedUntil = this.jdbc.sql(this.sql.selectPause())
			.param(this.key)
			.query(OffsetDateTime.class)
			.optional();
		List<Slot> free = this.jdbc.sql(this.sql.claimOldestSlot(now()))
			.param(this.key)
			.param(this.limit)
			.query((rs, row) -> new Slot(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class)))
			.list();
		if (free.isEmpty()) {
			return BudgetDecision.waitFor(this.allSlotsBusyWait);
		}
		Slot slot = free.get(0);
		if (pausedUntil.isPresent() && pausedUntil.get().isAfter(slot.now())) {
			return BudgetDecision.waitFor(Duration.between(slot.now(), pausedUntil.get()));
		}
		if (slot.lastUsedAt().isAfter(slot.now())) {
			return BudgetDecision.waitFor(HELD_RETRY);
		}
		OffsetDateTime freeAt = slot.lastUsedAt().plus(this.window);
		if (freeAt.isAfter(slot.now())) {
			return BudgetDecision.waitFor(Duration.between(slot.now(), freeAt));
		}
		OffsetDateTime usedAt = slot.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql(this.sql.useSlot()).param(usedAt.plus(HOLD)).param(this.key).param(slot.slot()).update();
		return BudgetDecision.granted(new BudgetPermit(Integer.toString(slot.slot()), micros(usedAt)));
	}

	@Override
	public Mono<Void> correct(BudgetPermit permit, Duration latestArrival) {
		return blocking(() -> {
			OffsetDateTime usedAt = fromMicros(permit.storeMicros());
			this.jdbc.sql(this.sql.correctSlot())
				.param(usedAt.plus(latestArrival).truncatedTo(ChronoUnit.MICROS))
				.param(this.key)
				.param(Integer.parseInt(permit.id()))
				.param(usedAt.plus(HOLD))
				.update();
			return true;
		}).then();
	}

	@Override
	public Mono<Void> pause(Duration pause) {
		return blocking(() -> {
			prepare();
			OffsetDateTime current = this.jdbc.sql(this.sql.selectNow(now())).query(OffsetDateTime.class).single();
			if (!pause.isZero() && !pause.isNegative()) {
				OffsetDateTime until = current.plus(pause).truncatedTo(ChronoUnit.MICROS);
				this.jdbc.sql(this.sql.extendPause()).param(until).param(this.key).param(until).update();
			}
			return true;
		}).then();
	}

	@Override
	public String name() {
		return "jdbc";
	}

	private void prepare() {
		if (this.ready) {
			return;
		}
		for (int slot = 0; slot < this.limit; slot++) {
			int index = slot;
			insertIfMissing(() -> this.jdbc.sql(this.sql.insertSlot())
				.param(this.key)
				.param(index)
				.param(NEVER)
				.param(this.key)
				.param(index)
				.update());
		}
		insertIfMissing(
				() -> this.jdbc.sql(this.sql.insertPause()).param(this.key).param(NEVER).param(this.key).update());
		this.ready = true;
	}

	private void insertIfMissing(Runnable insert) {
		try {
			insert.run();
		}
		catch (DataIntegrityViolationException ex) {
			// another instance inserted the row meanwhile
		}
	}

	private String now() {
		String now = this.now;
		if (now == null) {
			now = JdbcBudgetSql.nowFunction(this.dataSource);
			this.now = now;
		}
		return now;
	}

	private <T> Mono<T> blocking(Callable<@Nullable T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	private static long micros(OffsetDateTime time) {
		return ChronoUnit.MICROS.between(NEVER, time);
	}

	private static OffsetDateTime fromMicros(long micros) {
		return NEVER.plus(micros, ChronoUnit.MICROS);
	}

	private record Slot(int slot, OffsetDateTime lastUsedAt, OffsetDateTime now) {

	}

}
