package com.cocoonmail.spring.sends;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code WHERE} clause and parameters of a {@link SendQuery}'s filters.
 *
 * @param sql the clause, with a leading space, or empty when nothing is filtered
 * @param parameters the named parameters
 * @author Cocoonmail Team
 */
record SendsWhereClause(String sql, Map<String, Object> parameters) {

	static SendsWhereClause of(SendQuery query) {
		if (query.filters().isEmpty()) {
			return new SendsWhereClause("", Map.of());
		}
		StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "");
		Map<String, Object> parameters = new HashMap<>();
		for (Map.Entry<SendFilter, List<String>> filter : query.filters().entrySet()) {
			String name = filter.getKey().wireName();
			String column = name.toUpperCase(Locale.ROOT);
			List<String> values = filter.getValue();
			conditions.add((values.size() == 1) ? column + " = :" + name : column + " IN (:" + name + ")");
			parameters.put(name, (values.size() == 1) ? values.get(0) : values);
		}
		return new SendsWhereClause(conditions.toString(), parameters);
	}

}
