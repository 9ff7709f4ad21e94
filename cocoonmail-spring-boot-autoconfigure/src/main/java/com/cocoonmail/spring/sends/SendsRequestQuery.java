package com.cocoonmail.spring.sends;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a list request, read as Mailcoach (spatie/laravel-query-builder
 * and Laravel's paginator) reads them: {@code filter[name]=a,b}, {@code sort},
 * {@code page}, {@code per_page}; other parameters are kept for the page links.
 *
 * @author Cocoonmail Team
 */
final class SendsRequestQuery {

	private static final Pattern FILTER = Pattern.compile("filter\\[(.*)]");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

	private final List<Map.Entry<String, String>> parameters;

	private SendsRequestQuery(List<Map.Entry<String, String>> parameters) {
		this.parameters = parameters;
	}

	static SendsRequestQuery parse(@Nullable String rawQuery) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
					String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
					parameters.add(Map.entry(name, value));
				}
			}
		}
		return new SendsRequestQuery(parameters);
	}

	/**
	 * Return the query the parameters ask for.
	 * @return the query
	 * @throws SendsRequestException if a parameter is not allowed or malformed
	 */
	SendQuery toSendQuery() {
		SendQuery.Builder query = SendQuery.builder();
		Set<String> unknownFilters = new LinkedHashSet<>();
		for (Map.Entry<String, String> parameter : this.parameters) {
			Matcher filter = FILTER.matcher(parameter.getKey());
			if (filter.matches()) {
				Optional<SendFilter> known = SendFilter.of(filter.group(1));
				if (known.isEmpty()) {
					unknownFilters.add(filter.group(1));
				}
				else {
					List<String> values = Arrays.stream(parameter.getValue().split(","))
						.map(String::strip)
						.filter((value) -> !value.isEmpty())
						.toList();
					if (!values.isEmpty()) {
						query.filter(known.get(), values);
					}
				}
			}
		}
		if (!unknownFilters.isEmpty()) {
			throw new SendsRequestException("Requested filter(s) `" + String.join(", ", unknownFilters)
					+ "` are not allowed. Allowed filter(s) are `" + SendFilter.allowedNames() + "`.");
		}
		String sort = value("sort");
		if (sort != null && !sort.isEmpty()) {
			query.sort(sort(sort));
		}
		query.page(wholeNumber("page", 1, Integer.MAX_VALUE));
		query.perPage(wholeNumber("per_page", 1, SendQuery.MAX_PER_PAGE));
		return query.build();
	}

	/**
	 * Return the parameters other than {@code page}, encoded as Laravel encodes them (RFC
	 * 3986), in the order they came.
	 * @return the encoded parameters, empty when there are none
	 */
	String otherParameters() {
		StringJoiner joined = new StringJoiner("&");
		for (Map.Entry<String, String> parameter : this.parameters) {
			if (!parameter.getKey().equals("page")) {
				joined.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
			}
		}
		return joined.toString();
	}

	private static SendSort sort(String sort) {
		List<String> unknown = new ArrayList<>();
		SendSort first = null;
		for (String name : sort.split(",")) {
			Optional<SendSort> known = SendSort.of(name.strip());
			if (known.isEmpty()) {
				unknown.add(name.strip().startsWith("-") ? name.strip().substring(1) : name.strip());
			}
			else if (first == null) {
				first = known.get();
			}
		}
		if (!unknown.isEmpty() || first == null) {
			throw new SendsRequestException("Requested sort(s) `" + String.join(", ", unknown)
					+ "` is not allowed. Allowed sort(s) are `" + SendSort.ALLOWED_NAMES + "`.");
		}
		return first;
	}

	private int wholeNumber(String name, int min, int max) {
		String value = value(name);
		if (value == null) {
			return (name.equals("page")) ? 1 : SendQuery.DEFAULT_PER_PAGE;
		}
		if (WHOLE_NUMBER.matcher(value).matches()) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		String range = (max == Integer.MAX_VALUE) ? "at least " + min : "between " + min + " and " + max;
		throw new SendsRequestException(
				"The " + name + " parameter must be a whole number " + range + ", not '" + value + "'.");
	}

	private @Nullable String value(String name) {
		String value = null;
		for (Map.Entry<String, String> parameter : this.parameters) {
			if (parameter.getKey().equals(name)) {
				value = parameter.getValue();
			}
		}
		return value;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new SendsRequestException("The query string is not well-formed: " + ex.getMessage());
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

}
