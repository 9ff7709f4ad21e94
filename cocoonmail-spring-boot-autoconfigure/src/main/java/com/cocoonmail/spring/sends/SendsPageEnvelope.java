package com.cocoonmail.spring.sends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Wraps a page of sends as Laravel's length-aware paginator does: {@code data},
 * {@code links} (first, last, prev, next) and {@code meta}, whose {@code links} list the
 * previous link, the page numbers (all of them up to 13 pages, else a window of three on
 * each side of the current page with the first and last two, gaps shown as {@code ...})
 * and the next link. Page URLs keep the request's other parameters and put {@code page}
 * last.
 *
 * @author Cocoonmail Team
 */
final class SendsPageEnvelope {

	static final String PREVIOUS = "&laquo; Previous";

	static final String NEXT = "Next &raquo;";

	private static final int ON_EACH_SIDE = 3;

	private final SendPage page;

	private final String path;

	private final String otherParameters;

	SendsPageEnvelope(SendPage page, String path, String otherParameters) {
		this.page = page;
		this.path = path;
		this.otherParameters = otherParameters;
	}

	Map<String, Object> toMap() {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("data", this.page.sends());
		Map<String, @Nullable Object> links = new LinkedHashMap<>();
		links.put("first", url(1));
		links.put("last", url(this.page.lastPage()));
		links.put("prev", previous());
		links.put("next", next());
		envelope.put("links", links);
		Map<String, @Nullable Object> meta = new LinkedHashMap<>();
		meta.put("current_page", this.page.page());
		meta.put("from", this.page.from());
		meta.put("last_page", this.page.lastPage());
		meta.put("links", pageLinks());
		meta.put("path", this.path);
		meta.put("per_page", this.page.perPage());
		meta.put("to", this.page.to());
		meta.put("total", this.page.total());
		envelope.put("meta", meta);
		return envelope;
	}

	private String url(int page) {
		return this.path + "?" + (this.otherParameters.isEmpty() ? "" : this.otherParameters + "&") + "page="
				+ Math.max(page, 1);
	}

	private @Nullable String previous() {
		return (this.page.page() > 1) ? url(this.page.page() - 1) : null;
	}

	private @Nullable String next() {
		return (this.page.page() < this.page.lastPage()) ? url(this.page.page() + 1) : null;
	}

	private List<Map<String, @Nullable Object>> pageLinks() {
		List<Map<String, @Nullable Object>> links = new ArrayList<>();
		links.add(link(previous(), PREVIOUS, false));
		for (int number : window()) {
			links.add((number == 0) ? link(null, "...", false)
					: link(url(number), String.valueOf(number), number == this.page.page()));
		}
		links.add(link(next(), NEXT, false));
		return links;
	}

	private List<Integer> window() {
		int last = this.page.lastPage();
		int current = this.page.page();
		List<Integer> numbers = new ArrayList<>();
		if (last < ON_EACH_SIDE * 2 + 8) {
			range(numbers, 1, last);
			return numbers;
		}
		int window = ON_EACH_SIDE + 4;
		if (current <= window) {
			range(numbers, 1, window + ON_EACH_SIDE);
			gapThen(numbers, last - 1, last);
		}
		else if (current > last - window) {
			range(numbers, 1, 2);
			gapThen(numbers, last - (window + (ON_EACH_SIDE - 1)), last);
		}
		else {
			range(numbers, 1, 2);
			gapThen(numbers, current - ON_EACH_SIDE, current + ON_EACH_SIDE);
			gapThen(numbers, last - 1, last);
		}
		return numbers;
	}

	private static void gapThen(List<Integer> numbers, int from, int to) {
		numbers.add(0);
		range(numbers, from, to);
	}

	private static void range(List<Integer> numbers, int from, int to) {
		for (int number = from; number <= to; number++) {
			numbers.add(number);
		}
	}

	private static Map<String, @Nullable Object> link(@Nullable String url, String label, boolean active) {
		Map<String, @Nullable Object> link = new LinkedHashMap<>();
		link.put("url", url);
		link.put("label", label);
		link.put("active", active);
		return link;
	}

}
