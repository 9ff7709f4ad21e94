package com.cocoonmail.spring.event;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.autoconfigure.CocoonmailAutoConfiguration;
import com.cocoonmail.spring.autoconfigure.CocoonmailEventBridgeAutoConfiguration;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * An application run in a child JVM by the crash and multi-instance tests: a bridge with
 * a JDBC outbox on the given database, sending to the emulator at the given base URL with
 * its default key. It publishes {@link Notified} events for {@code recipients} recipients
 * ({@code user<i>@example.com}, starting at {@code firstRecipient}), {@code perRecipient}
 * each, printing {@code PUBLISHED} when done, then waits until the outbox is idle and
 * prints {@code IDLE <delivered>} with the number of requests this JVM delivered, and
 * exits.
 * <p>
 * Arguments: {@code jdbcUrl user password baseUrl requestsPerSecond firstRecipient
 * recipients perRecipient}.
 *
 * @author Cocoonmail Team
 */
public final class OutboxChild {

	private OutboxChild() {
	}

	public static void main(String[] args) {
		int first = Integer.parseInt(args[5]);
		int recipients = Integer.parseInt(args[6]);
		int perRecipient = Integer.parseInt(args[7]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ChildConfiguration.class)
			.web(WebApplicationType.NONE)
			.properties("cocoonmail.api-key=" + CocoonmailEmulator.API_KEY, "cocoonmail.base-url=" + args[3],
					"cocoonmail.rate-limit.requests-per-second=" + args[4], "cocoonmail.events.store=jdbc",
					"cocoonmail.events.jdbc.initialize-schema=always", "cocoonmail.events.lease=3s",
					"child.jdbc-url=" + args[0], "child.user=" + args[1], "child.password=" + args[2])
			.run();
		for (int seq = 0; seq < perRecipient; seq++) {
			for (int i = first; i < first + recipients; i++) {
				context.publishEvent(new Notified("user" + i + "@example.com", seq));
			}
		}
		System.out.println("PUBLISHED");
		CocoonmailOutbox outbox = context.getBean(CocoonmailOutbox.class);
		while (!outbox.awaitIdle(Duration.ofSeconds(1))) {
			System.out.println("PENDING " + outbox.pending());
		}
		System.out.println("IDLE " + context.getBean(ChildConfiguration.class).delivered.get());
		context.close();
	}

	/**
	 * The child's beans.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ CocoonmailAutoConfiguration.class, CocoonmailEventBridgeAutoConfiguration.class })
	static class ChildConfiguration {

		final AtomicInteger delivered = new AtomicInteger();

		@Bean
		DataSource dataSource(org.springframework.core.env.Environment environment) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(environment.getRequiredProperty("child.jdbc-url"));
			dataSource.setUsername(environment.getRequiredProperty("child.user"));
			dataSource.setPassword(environment.getRequiredProperty("child.password"));
			dataSource.setMaximumPoolSize(12);
			return dataSource;
		}

		@EventListener
		void delivered(CocoonmailDeliveredEvent event) {
			this.delivered.incrementAndGet();
		}

	}

}
