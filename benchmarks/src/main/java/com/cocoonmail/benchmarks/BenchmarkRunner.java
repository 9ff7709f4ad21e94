package com.cocoonmail.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every figure of sections 7 and 14 of the spec against the Cocoonmail emulator and
 * the servers it starts itself on loopback, then prints one table. Pass figure numbers
 * (for example {@code 1 3}) to run only those. Started by
 * {@code ./mvnw -pl benchmarks -am -Pbench verify -DskipTests}; never part of the normal
 * build.
 *
 * @author Cocoonmail Team
 */
public final class BenchmarkRunner {

	private BenchmarkRunner() {
	}

	/**
	 * Run the benchmarks.
	 * @param args the figures to run, all when none are given
	 */
	public static void main(String[] args) {
		PrintStream out = System.out;
		List<String> figures = Arrays.asList(args);
		ResultTable table = new ResultTable();
		long start = System.nanoTime();
		if (figures.isEmpty() || figures.contains("1")) {
			table.addAll(new PacingFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("2")) {
			table.addAll(new RateLimitFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("3")) {
			table.addAll(new OverheadFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("4")) {
			table.addAll(new BridgeFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("5")) {
			table.addAll(new OutboxFigure(out).run());
			table.addAll(new OutboxRecoveryFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("6")) {
			table.addAll(new WebhookFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("7")) {
			table.addAll(new SharedBudgetFigure(out).run());
		}
		if (figures.isEmpty() || figures.contains("8")) {
			table.addAll(new SendsLedgerFigure(out).run());
		}
		out.println();
		out.printf("Cocoonmail benchmarks: %d s, %d processors, %s %s%n", (System.nanoTime() - start) / 1_000_000_000L,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"));
		out.println();
		table.print(out);
		out.println();
		out.println(table.allMet() ? "All targets met." : "Some targets MISSED: see the Result column.");
	}

}
