package org.civicatlas.editing;

import java.util.Map;

/**
 * An edit form that the conflict view can offer again on top of what another editor saved
 * ({@link ThreeWayMerge#conflict}).
 *
 * @param <F> the form itself
 */
public interface MergeableForm<F extends MergeableForm<F>> {

	/**
	 * The fields as saved, each under its label key, for the merge and the differences.
	 */
	Map<String, String> fields();

	/**
	 * This form again at the stored version: the fields the editor changed since the base
	 * keep this form's value, the others take the stored one ({@code theirs}).
	 */
	F resubmission(F theirs, ThreeWayMerge merge);

}
