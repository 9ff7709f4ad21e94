package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Creates the tables of one area of the starter (for example the event bridge's outbox)
 * with the script for the database at hand,
 * {@code com/cocoonmail/spring/AREA/schema-PLATFORM.sql}, as
 * {@code cocoonmail.AREA.jdbc.initialize-schema} says, with the configured table prefix
 * in place of {@code COCOONMAIL_}.
 *
 * @author Cocoonmail Team
 */
class CocoonmailSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	private static final String DEFAULT_PREFIX = "COCOONMAIL_";

	private final String tablePrefix;

	CocoonmailSchemaInitializer(DataSource dataSource, CocoonmailProperties.Jdbc jdbc, String area) {
		super(dataSource, settings(dataSource, jdbc, area));
		this.tablePrefix = jdbc.getTablePrefix();
	}

	private static DatabaseInitializationSettings settings(DataSource dataSource, CocoonmailProperties.Jdbc jdbc,
			String area) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource,
				"classpath:com/cocoonmail/spring/" + area + "/schema-@@platform@@.sql"));
		settings.setMode(jdbc.getInitializeSchema());
		return settings;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		if (DEFAULT_PREFIX.equals(this.tablePrefix)) {
			super.runScripts(scripts);
			return;
		}
		List<Resource> prefixed = new ArrayList<>();
		scripts.forEach((script) -> prefixed.add(withPrefix(script)));
		super.runScripts(new Scripts(prefixed).continueOnError(scripts.isContinueOnError())
			.separator(scripts.getSeparator())
			.encoding(scripts.getEncoding()));
	}

	private Resource withPrefix(Resource script) {
		try {
			String sql = StreamUtils.copyToString(script.getInputStream(), StandardCharsets.UTF_8);
			return new ByteArrayResource(sql.replace(DEFAULT_PREFIX, this.tablePrefix).getBytes(StandardCharsets.UTF_8),
					script.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
