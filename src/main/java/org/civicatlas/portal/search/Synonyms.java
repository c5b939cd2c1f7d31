package org.civicatlas.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicatlas.place.PlaceRomanization;
import org.civicatlas.system.Pinyin;

import org.springframework.stereotype.Component;

/**
 * English and pinyin words that stand for Chinese search terms, so that an English
 * reader's query reaches the Chinese texts: "village sages" → 乡贤, "mediation" → 调解,
 * "xiangxian" → 乡贤, "Xihu" → 西湖. The words come from four lists, read once at start-up
 * (no statement per search):
 * <ul>
 * <li>{@code search/synonyms.csv}: common terms and the taxonomy's types, written by
 * hand;</li>
 * <li>the taxonomy's subtypes ({@code db/reference/program-subtypes.csv}): the English
 * name stands for the first cue word (Elderly care → 养老);</li>
 * <li>the pinyin of every cue word, made by the library (tiaojie → 调解);</li>
 * <li>the proper names of cities, districts and townships in pinyin and as the gazetteer
 * writes them in English (Hangzhou → 杭州); a pinyin that stands for two different names is
 * left out, since one query term cannot be both.</li>
 * </ul>
 * Words are compared folded: lower case, letters and digits only, "and" dropped, a plural
 * s removed.
 */
@Component
class Synonyms {

	/** The longest phrase looked up, in words. */
	private static final int LONGEST = 5;

	private final Map<String, String> terms = new HashMap<>();

	Synonyms() {
		for (CSVRecord row : rows("search/synonyms.csv")) {
			put(row.get("english"), row.get("chinese"));
		}
		for (CSVRecord row : rows("db/reference/program-subtypes.csv")) {
			List<String> cues = List.of(row.get("cues").replaceAll("[{}]", "").split(","));
			put(row.get("name_en").replaceAll("\\(.*\\)", ""), cues.get(0));
			cues.forEach(cue -> put(String.join("", Pinyin.syllables(cue)), cue));
		}
		// the hand-written words and the taxonomy win over a place name that is spelt
		// alike
		placeNames().forEach(terms::putIfAbsent);
	}

	private static Map<String, String> placeNames() {
		Map<String, String> names = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (String level : List.of("cities", "districts", "townships")) {
			for (CSVRecord row : rows("db/gazetteer/" + level + ".csv")) {
				String proper = PlaceRomanization.properName(row.get("name"));
				List<String> spellings = new ArrayList<>(List.of(Pinyin.word(proper)));
				if (!row.get("name_en").isBlank()) {
					spellings.add(row.get("name_en").split(" ")[0]);
				}
				for (String spelling : spellings) {
					String key = key(spelling);
					String known = names.putIfAbsent(key, proper);
					if (known != null && !known.equals(proper)) {
						ambiguous.add(key);
					}
				}
			}
		}
		names.keySet().removeAll(ambiguous);
		return names;
	}

	/**
	 * The query with every known English or pinyin phrase replaced by its Chinese term,
	 * the longest phrase first; other words stay as typed. Null when nothing was
	 * replaced.
	 */
	String translate(String query) {
		List<String> words = new ArrayList<>();
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{IsAlphabetic}\\p{IsDigit}']+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		List<String> out = new ArrayList<>();
		boolean replaced = false;
		for (int i = 0; i < words.size();) {
			int matched = 0;
			for (int n = Math.min(LONGEST, words.size() - i); n > 0 && matched == 0; n--) {
				String term = terms.get(key(String.join(" ", words.subList(i, i + n))));
				if (term != null) {
					out.add(term);
					matched = n;
				}
			}
			replaced |= matched > 0;
			if (matched == 0) {
				out.add(words.get(i));
				matched = 1;
			}
			i += matched;
		}
		return replaced ? String.join(" ", out) : null;
	}

	static String key(String phrase) {
		List<String> words = new ArrayList<>();
		for (String word : phrase.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z0-9ü]+")) {
			if (word.isEmpty() || word.equals("and")) {
				continue;
			}
			words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
					? word.substring(0, word.length() - 1) : word);
		}
		return String.join(" ", words);
	}

	private void put(String english, String chinese) {
		String key = key(english);
		if (!key.isEmpty()) {
			terms.putIfAbsent(key, chinese.strip());
		}
	}

	private static List<CSVRecord> rows(String resource) {
		try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath");
			}
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
