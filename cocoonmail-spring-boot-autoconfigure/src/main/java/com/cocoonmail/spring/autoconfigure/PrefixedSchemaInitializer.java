package com.cocoonmail.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Runs schema scripts written for the {@code COCOONMAIL_} table prefix with the
 * configured prefix instead.
 *
 * @author Cocoonmail Team
 */
class PrefixedSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	private static final String SCRIPT_PREFIX = "COCOONMAIL_";

	private final String tablePrefix;

	PrefixedSchemaInitializer(DataSource dataSource, DatabaseInitializationSettings settings, String tablePrefix) {
		super(dataSource, settings);
		this.tablePrefix = tablePrefix;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		List<Resource> prefixed = new ArrayList<>();
		for (Resource script : scripts) {
			prefixed.add(prefixed(script, scripts));
		}
		super.runScripts(new Scripts(prefixed).continueOnError(scripts.isContinueOnError())
			.separator(scripts.getSeparator())
			.encoding(scripts.getEncoding()));
	}

	private Resource prefixed(Resource script, Scripts scripts) {
		if (SCRIPT_PREFIX.equals(this.tablePrefix)) {
			return script;
		}
		Charset encoding = (scripts.getEncoding() != null) ? scripts.getEncoding() : StandardCharsets.UTF_8;
		try {
			String text = script.getContentAsString(encoding).replace(SCRIPT_PREFIX, this.tablePrefix);
			return new ByteArrayResource(text.getBytes(encoding), script.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + script, ex);
		}
	}

}
