package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the rows of every figure as one Markdown table, so that it can be pasted into
 * the README as printed.
 *
 * @author Cocoonmail Team
 */
final class ResultTable {

	private static final String[] HEADERS = { "Figure", "Measured (this run)", "Target", "Ratio (same run)", "Result" };

	private final List<ResultRow> rows = new ArrayList<>();

	void addAll(List<ResultRow> figureRows) {
		this.rows.addAll(figureRows);
	}

	boolean allMet() {
		return this.rows.stream().noneMatch((row) -> row.verdict() == Verdict.MISSED);
	}

	void print(PrintStream out) {
		List<String[]> cells = new ArrayList<>();
		cells.add(HEADERS);
		for (ResultRow row : this.rows) {
			cells.add(new String[] { row.figure(), row.measured(), row.target(), row.ratio(), row.verdict().label() });
		}
		int[] widths = new int[HEADERS.length];
		for (String[] line : cells) {
			for (int column = 0; column < line.length; column++) {
				widths[column] = Math.max(widths[column], line[column].length());
			}
		}
		out.println(line(HEADERS, widths));
		String[] rule = new String[HEADERS.length];
		for (int column = 0; column < rule.length; column++) {
			rule[column] = "-".repeat(widths[column]);
		}
		out.println(line(rule, widths));
		for (String[] line : cells.subList(1, cells.size())) {
			out.println(line(line, widths));
		}
	}

	private static String line(String[] values, int[] widths) {
		StringBuilder line = new StringBuilder("|");
		for (int column = 0; column < values.length; column++) {
			line.append(' ').append(values[column]).append(" ".repeat(widths[column] - values[column].length()));
			line.append(" |");
		}
		return line.toString();
	}

}
