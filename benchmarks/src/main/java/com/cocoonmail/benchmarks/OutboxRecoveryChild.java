package com.cocoonmail.benchmarks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import com.cocoonmail.spring.client.model.SendEventRequest;
import com.cocoonmail.spring.event.CocoonmailOutbox;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application figure 5 runs in a child JVM to kill it: the benchmark application with
 * a JDBC outbox on the given database and its limiter off. With {@code publish <count>}
 * it publishes that many events (recovery0@example.com and on), each in a committed
 * transaction of its own, prints {@code PUBLISHED} and waits to be killed. With
 * {@code recover} it prints {@code STARTED <epoch millis>} (when it began to start),
 * waits until the outbox has nothing pending and prints {@code IDLE}.
 * <p>
 * Arguments: {@code jdbcUrl user password baseUrl lease publish|recover [count]}.
 *
 * @author Cocoonmail Team
 */
public final class OutboxRecoveryChild {

	private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

	private OutboxRecoveryChild() {
	}

	/**
	 * Run the child.
	 * @param args {@code jdbcUrl user password baseUrl lease publish|recover [count]}
	 * @throws InterruptedException if interrupted while waiting to be killed
	 */
	public static void main(String[] args) throws InterruptedException {
		long startedAt = System.currentTimeMillis();
		ConfigurableApplicationContext context = BenchmarkApplication.start(args[3], "spring.datasource.url=" + args[0],
				"spring.datasource.username=" + args[1], "spring.datasource.password=" + args[2],
				"cocoonmail.events.store=jdbc", "cocoonmail.events.jdbc.initialize-schema=always",
				"cocoonmail.events.lease=" + args[4], "cocoonmail.rate-limit.enabled=false",
				"cocoonmail.events.shutdown-timeout=1s", "cocoonmail.sends.enabled=false");
		if ("publish".equals(args[5])) {
			publish(context, Integer.parseInt(args[6]));
			System.out.println("PUBLISHED");
			new CountDownLatch(1).await();
		}
		System.out.println("STARTED " + startedAt);
		boolean idle = context.getBean(CocoonmailOutbox.class).awaitIdle(IDLE_TIMEOUT);
		System.out.println(idle ? "IDLE" : "NOT IDLE after " + IDLE_TIMEOUT);
		context.close();
	}

	private static void publish(ConfigurableApplicationContext context, int count) {
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(context.getBean(DataSource.class)));
		for (int i = 0; i < count; i++) {
			SendEventRequest event = SendEventRequest.builder()
				.eventName("signup")
				.email(OutboxRecoveryFigure.email(i))
				.attribute("seq", i)
				.build();
			transactions.executeWithoutResult((status) -> context.publishEvent(event));
		}
	}

}
