package com.cocoonmail.spring.sends;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * Which sends to list, in what order, and which page of them: the filters (a send must
 * match every filter, and a filter matches when the send's value is one of the filter's
 * values; email addresses compare without regard to case), the sort and the 1-based page
 * of {@code perPage} sends.
 *
 * @param filters the values each filter accepts
 * @param sort the order
 * @param page the 1-based page
 * @param perPage how many sends a page holds, 1 to {@value #MAX_PER_PAGE}
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record SendQuery(Map<SendFilter, List<String>> filters, SendSort sort, int page, int perPage) {

	/**
	 * How many sends a page holds unless told otherwise, as in Mailcoach.
	 */
	public static final int DEFAULT_PER_PAGE = 15;

	/**
	 * The most sends a page can hold.
	 */
	public static final int MAX_PER_PAGE = 1000;

	public SendQuery {
		Assert.isTrue(page >= 1, () -> "page must be at least 1, not " + page);
		Assert.isTrue(perPage >= 1 && perPage <= MAX_PER_PAGE,
				() -> "perPage must be between 1 and " + MAX_PER_PAGE + ", not " + perPage);
		EnumMap<SendFilter, List<String>> copy = new EnumMap<>(SendFilter.class);
		filters.forEach((filter, values) -> {
			Assert.notEmpty(values, () -> "filter " + filter.wireName() + " needs at least one value");
			copy.put(filter, (filter != SendFilter.EMAIL) ? List.copyOf(values)
					: values.stream().map((value) -> value.toLowerCase(Locale.ROOT)).toList());
		});
		filters = Collections.unmodifiableMap(copy);
	}

	/**
	 * Return the first page of all sends, newest first.
	 * @return the query
	 */
	public static SendQuery all() {
		return builder().build();
	}

	/**
	 * Return the offset of the page's first send.
	 * @return the offset
	 */
	public long offset() {
		return (long) (this.page - 1) * this.perPage;
	}

	/**
	 * Return a builder for a query of the first page of all sends, newest first.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of a {@link SendQuery}.
	 */
	public static final class Builder {

		private final Map<SendFilter, List<String>> filters = new EnumMap<>(SendFilter.class);

		private SendSort sort = SendSort.NEWEST_FIRST;

		private int page = 1;

		private int perPage = DEFAULT_PER_PAGE;

		private Builder() {
		}

		/**
		 * Keep only the sends whose value is one of the given values.
		 * @param filter the filter
		 * @param values the values
		 * @return this builder
		 */
		public Builder filter(SendFilter filter, String... values) {
			return filter(filter, Arrays.asList(values));
		}

		/**
		 * Keep only the sends whose value is one of the given values.
		 * @param filter the filter
		 * @param values the values
		 * @return this builder
		 */
		public Builder filter(SendFilter filter, Collection<String> values) {
			this.filters.put(filter, List.copyOf(values));
			return this;
		}

		/**
		 * Set the order.
		 * @param sort the order
		 * @return this builder
		 */
		public Builder sort(SendSort sort) {
			this.sort = sort;
			return this;
		}

		/**
		 * Set the 1-based page.
		 * @param page the page
		 * @return this builder
		 */
		public Builder page(int page) {
			this.page = page;
			return this;
		}

		/**
		 * Set how many sends a page holds.
		 * @param perPage the page size
		 * @return this builder
		 */
		public Builder perPage(int perPage) {
			this.perPage = perPage;
			return this;
		}

		/**
		 * Build the query.
		 * @return the query
		 */
		public SendQuery build() {
			return new SendQuery(this.filters, this.sort, this.page, this.perPage);
		}

	}

}
