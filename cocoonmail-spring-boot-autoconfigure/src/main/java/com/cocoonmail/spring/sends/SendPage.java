package com.cocoonmail.spring.sends;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of sends and how many sends match the query in all.
 *
 * @param sends the sends on this page
 * @param total how many sends match the query
 * @param page the 1-based page
 * @param perPage how many sends a page holds
 * @author Cocoonmail Team
 * @since 0.2.0
 */
public record SendPage(List<Send> sends, long total, int page, int perPage) {

	public SendPage {
		sends = List.copyOf(sends);
	}

	/**
	 * Return the number of the last page, 1 when nothing matches.
	 * @return the last page
	 */
	public int lastPage() {
		return (int) Math.max(1, (this.total + this.perPage - 1) / this.perPage);
	}

	/**
	 * Return the 1-based position of this page's first send among all that match.
	 * @return the position, {@code null} when the page is empty
	 */
	public @Nullable Long from() {
		return this.sends.isEmpty() ? null : (long) (this.page - 1) * this.perPage + 1;
	}

	/**
	 * Return the 1-based position of this page's last send among all that match.
	 * @return the position, {@code null} when the page is empty
	 */
	public @Nullable Long to() {
		Long from = from();
		return (from != null) ? from + this.sends.size() - 1 : null;
	}

}
