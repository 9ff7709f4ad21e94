package com.cocoonmail.benchmarks;

import java.util.ArrayList;
import java.util.List;

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
		return start(baseUrl, null, properties);
	}

	static ConfigurableApplicationContext start(String baseUrl, @Nullable CocoonmailPacingListener pacingListener,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("cocoonmail.api-key=" + CocoonmailEmulator.API_KEY,
				"cocoonmail.base-url=" + baseUrl, "logging.level.root=WARN"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(all.toArray(new String[0]))
			.initializers((context) -> {
				if (pacingListener != null) {
					context.getBeanFactory().registerSingleton("benchmarkPacingListener", pacingListener);
				}
			})
			.run();
	}

}
