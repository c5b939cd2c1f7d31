package org.civicatlas.quality;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.civicatlas.browser.Browser;

/**
 * axe-core on the page a browser shows: the violations that fail a test (impact serious
 * or critical) are returned, the lesser ones printed so that they are seen.
 */
public final class Axe {

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private Axe() {
	}

	/**
	 * The serious and critical violations on the current page, each described with where
	 * it is.
	 */
	public static List<String> seriousViolations(Browser browser) {
		List<Rule> violations = violations(browser);
		violations.stream()
			.filter(rule -> !fails(rule))
			.forEach(rule -> System.out.println("axe " + browser.path() + ": " + describe(rule)));
		return violations.stream().filter(Axe::fails).map(Axe::describe).toList();
	}

	static List<Rule> violations(Browser browser) {
		return new AxeBuilder().analyze(browser.driver()).getViolations();
	}

	static boolean fails(Rule rule) {
		return FAILING_IMPACTS.contains(rule.getImpact());
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
				+ rule.getNodes()
					.stream()
					.map(node -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining(", "));
	}

}
