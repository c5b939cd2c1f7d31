package org.civicatlas.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stale edit resubmitted from the conflict view must not undo the other editor's change
 * to a field this editor never touched (issue 12: the form held all of the editor's
 * values, so saving it unchanged wrote the old values back). The edit form carries its
 * <em>base</em>, a fingerprint of each field as it was loaded; on a conflict, a field
 * whose submitted value still matches the base is one the editor left alone and takes the
 * stored value (theirs); a field the editor changed keeps the editor's value (mine), and
 * the conflict view shows it beside the stored one. Fields are compared as a form's
 * {@code fields()} normalises them (label key to value as saved).
 */
public final class ThreeWayMerge {

	/** The request parameter, and the model attribute, that carry an edit form's base. */
	public static final String BASE = "base";

	/**
	 * The conflict view after a stale save: the editor's form merged onto the stored one
	 * ({@code theirs}) since its {@code base}, the fields that still differ, and the new
	 * base, at the stored version.
	 */
	public static <F extends MergeableForm<F>> void conflict(F yours, F theirs, String base, Model model) {
		F form = yours.resubmission(theirs, since(base, yours.fields()));
		model.addAttribute("changes", FieldChange.differences(theirs.fields(), form.fields()));
		model.addAttribute("form", form);
		model.addAttribute(BASE, base(theirs.fields()));
	}

	/**
	 * The fields the editor changed since the base; null when the base is missing or
	 * unreadable.
	 */
	private final Set<String> changed;

	private ThreeWayMerge(Set<String> changed) {
		this.changed = changed;
	}

	/**
	 * The base of a form showing these fields: each label key with a digest of its value.
	 */
	public static String base(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + digest(field.getValue()))
			.collect(Collectors.joining(";"));
	}

	/**
	 * Puts the base in the model for the form, unless the model holds one already (the
	 * submitted one).
	 */
	public static void keep(String base, Model model) {
		if (base != null && !model.containsAttribute(BASE)) {
			model.addAttribute(BASE, base);
		}
	}

	/** Keeps the submitted base over a picker's redirect, as the form itself is kept. */
	public static void keep(String base, RedirectAttributes redirect) {
		if (base != null) {
			redirect.addFlashAttribute(BASE, base);
		}
	}

	/**
	 * What the editor changed since the base they submitted. Without a readable base (a
	 * form loaded before the base existed, or a hand-made request) every field counts as
	 * changed: the editor's values are kept and the conflict view shows each beside the
	 * stored one, as before.
	 */
	public static ThreeWayMerge since(String base, Map<String, String> yours) {
		Map<String, String> digests = parse(base);
		if (digests == null) {
			return new ThreeWayMerge(null);
		}
		return new ThreeWayMerge(yours.entrySet()
			.stream()
			.filter(field -> !digest(field.getValue()).equals(digests.get(field.getKey())))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * The value the conflict view's form holds for one field: the editor's if they
	 * changed it, else the stored one.
	 */
	public <T> T pick(String labelKey, T yours, T theirs) {
		return changed == null || changed.contains(labelKey) ? yours : theirs;
	}

	private static Map<String, String> parse(String base) {
		if (base == null || base.isBlank()) {
			return null;
		}
		Map<String, String> digests = new HashMap<>();
		for (String field : base.split(";")) {
			int equals = field.indexOf('=');
			if (equals < 1) {
				return null;
			}
			digests.put(field.substring(0, equals), field.substring(equals + 1));
		}
		return digests;
	}

	// a digest keeps the form small (a body can be 50,000 characters); 64 bits make a
	// collision,
	// which would take a changed field for an untouched one, practically impossible
	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(Objects.toString(value, "").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
