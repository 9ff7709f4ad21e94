package com.cocoonmail.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cocoonmail.emulator.CocoonmailEmulator;
import com.cocoonmail.spring.client.CocoonmailPacingListener;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The smallest application a user of the starter would write: auto-configuration and
 * nothing else, pointed at the emulator.
 *
 * @author Cocoonmail Team
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BenchmarkApplication {

	static ConfigurableApplicationContext start(String baseUrl, String... properties) {
		return start(baseUrl, Map.of(), properties);
	}

	static ConfigurableApplicationContext start(String baseUrl, @Nullable CocoonmailPacingListener pacingListener,
			String... properties) {
		Map<String, Object> beans = (pacingListener != null) ? Map.of("benchmarkPacingListener", pacingListener)
				: Map.of();
		return start(baseUrl, beans, properties);
	}

	/**
	 * Start the application against the given server.
	 * @param baseUrl the server's base URL
	 * @param beans singletons to register by name before the context refreshes
	 * @param properties more properties, {@code name=value}
	 * @return the running context
	 */
	static ConfigurableApplicationContext start(String baseUrl, Map<String, Object> beans, String... properties) {
		List<String> all = new ArrayList<>(List.of("cocoonmail.api-key=" + CocoonmailEmulator.API_KEY,
				"cocoonmail.base-url=" + baseUrl, "logging.level.root=WARN"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(all.toArray(new String[0]))
			.initializers((context) -> beans.forEach(context.getBeanFactory()::registerSingleton))
			.run();
	}

}
