package com.cocoonmail.benchmarks;

/**
 * Whether a measured figure meets its target.
 *
 * @author Cocoonmail Team
 */
enum Verdict {

	/**
	 * The target is met.
	 */
	MET("met"),

	/**
	 * The target is missed.
	 */
	MISSED("MISSED"),

	/**
	 * The figure has no target of its own.
	 */
	INFO("info");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	static Verdict of(boolean met) {
		return met ? MET : MISSED;
	}

	String label() {
		return this.label;
	}

}
