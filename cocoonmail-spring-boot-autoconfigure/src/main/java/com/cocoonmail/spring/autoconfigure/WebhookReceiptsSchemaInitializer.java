package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.util.StreamUtils;

/**
 * Creates the {@code <prefix>WEBHOOK_RECEIPT} table from the script for the database in
 * use, with the configured table prefix, when {@code initialize-schema} says so.
 *
 * @author Cocoonmail Team
 */
class WebhookReceiptsSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	private static final String DEFAULT_PREFIX = "COCOONMAIL_";

	private final String tablePrefix;

	WebhookReceiptsSchemaInitializer(DataSource dataSource, CocoonmailProperties.Jdbc jdbc) {
		super(dataSource, settings(dataSource, jdbc));
		this.tablePrefix = jdbc.getTablePrefix();
	}

	private static DatabaseInitializationSettings settings(DataSource dataSource, CocoonmailProperties.Jdbc jdbc) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource,
				"classpath:com/cocoonmail/spring/webhook/schema-@@platform@@.sql"));
		settings.setMode(jdbc.getInitializeSchema());
		return settings;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		Charset encoding = (scripts.getEncoding() != null) ? scripts.getEncoding() : StandardCharsets.UTF_8;
		List<Resource> prefixed = new ArrayList<>();
		for (Resource script : scripts) {
			prefixed.add(withPrefix(script, encoding));
		}
		super.runScripts(new Scripts(prefixed).continueOnError(scripts.isContinueOnError())
			.separator(scripts.getSeparator())
			.encoding(encoding));
	}

	private Resource withPrefix(Resource script, Charset encoding) {
		try {
			String sql = StreamUtils.copyToString(script.getInputStream(), encoding);
			return new ByteArrayResource(sql.replace(DEFAULT_PREFIX, this.tablePrefix).getBytes(encoding),
					script.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + script.getDescription(), ex);
		}
	}

}
