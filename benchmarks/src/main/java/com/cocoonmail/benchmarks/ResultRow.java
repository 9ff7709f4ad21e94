package com.cocoonmail.benchmarks;

/**
 * One line of the results table.
 *
 * @param figure what was measured
 * @param measured the value measured in this run
 * @param target the target of the spec
 * @param ratio for comparisons, the ratio measured in this run, else a dash
 * @param verdict whether the target is met
 * @author Cocoonmail Team
 */
record ResultRow(String figure, String measured, String target, String ratio, Verdict verdict) {

	static ResultRow of(String figure, String measured, String target, Verdict verdict) {
		return new ResultRow(figure, measured, target, "-", verdict);
	}

	static ResultRow info(String figure, String measured) {
		return new ResultRow(figure, measured, "-", "-", Verdict.INFO);
	}

}
