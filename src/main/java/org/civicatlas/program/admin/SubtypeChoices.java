package org.civicatlas.program.admin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.civicatlas.editing.Choice;
import org.civicatlas.editing.TextFields;

/**
 * The taxonomy's subtypes as the program form's picker shows them: "type › subtype", in
 * the reader's language.
 */
final class SubtypeChoices {

	private SubtypeChoices() {
	}

	/** The given subtypes in their order; an unknown key is shown as it is. */
	static List<Choice> chosen(List<ProgramAdminQueries.Type> types, List<String> keys, boolean english) {
		return keys.stream()
			.map(key -> all(types, english).filter(choice -> choice.value().equals(key))
				.findFirst()
				.orElse(new Choice(key, key, null)))
			.toList();
	}

	/**
	 * Subtypes whose type or own name (Chinese or English) contains every word of the
	 * query, but the given ones.
	 */
	static List<Choice> find(List<ProgramAdminQueries.Type> types, String query, List<String> except, boolean english) {
		List<String> words = TextFields.words(query).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return types.stream()
			.flatMap(type -> type.subtypes()
				.stream()
				.filter(subtype -> !except.contains(subtype.key()))
				.filter(subtype -> {
					String names = String.join(" ", type.nameZh(), type.nameEn(), subtype.nameZh(), subtype.nameEn())
						.toLowerCase(Locale.ROOT);
					return words.stream().allMatch(names::contains);
				})
				.map(subtype -> choice(type, subtype, english)))
			.toList();
	}

	private static Stream<Choice> all(List<ProgramAdminQueries.Type> types, boolean english) {
		return types.stream().flatMap(type -> type.subtypes().stream().map(subtype -> choice(type, subtype, english)));
	}

	private static Choice choice(ProgramAdminQueries.Type type, ProgramAdminQueries.Subtype subtype, boolean english) {
		return new Choice(subtype.key(), type.label(english) + " › " + subtype.label(english), null);
	}

}
