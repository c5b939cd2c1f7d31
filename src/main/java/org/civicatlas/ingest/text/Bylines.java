package org.civicatlas.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the person names of a byline. Newspapers pad two-character names to the
 * width of three (孙 良), so single characters pair up; every name must start with a known
 * surname, which is what tells {@code 孙 良 孙 健} from a short headline such as
 * {@code 幸福邻里 温暖贴心}.
 */
public final class Bylines {

	private static final Pattern HAN_WORDS = Pattern.compile("\\p{IsHan}{1,4}(?:\\s+\\p{IsHan}{1,4}){0,9}");

	/** A byline printed at the end of a story: {@code (周静 俞雯雯)}. */
	private static final Pattern TRAILING = Pattern.compile("[(（]((?:\\p{IsHan}{1,4}\\s*){1,8})[)）]\\s*$");

	/**
	 * A byline opening the first paragraph after a dateline: {@code 本报讯 (记者 王明 通讯员 李华)},
	 * {@code 新华社杭州5月3日电(记者 张立)}. The prefix is not body text.
	 */
	private static final Pattern INLINE = Pattern
		.compile("^(?:本报讯|[\\p{IsHan}\\d]{2,16}?电)\\s*[(（]([^()（）]{1,30})[)）]\\s*");

	/** A byline line may stand in parentheses: {@code (龚萍 俞琳)}. */
	private static final Pattern PARENTHESES = Pattern.compile("^[(（](.*)[)）]$");

	/** Roles that may precede names and are not names themselves. */
	private static final Pattern ROLES = Pattern.compile("(?:^|\\s)(?:本报记者|记者|通讯员|特约撰稿人|文/|图/)\\s*");

	private static final int MAX_LINE_LENGTH = 24;

	private static final Set<String> SURNAMES = loadSurnames();

	private Bylines() {
	}

	/** The names when the whole line is a byline; empty when it is not one. */
	public static Optional<List<String>> parseLine(String line) {
		String text = ROLES.matcher(PARENTHESES.matcher(line.strip()).replaceAll("$1")).replaceAll(" ").strip();
		if (text.isEmpty() || line.strip().length() > MAX_LINE_LENGTH || !HAN_WORDS.matcher(text).matches()) {
			return Optional.empty();
		}
		return names(text.split("\\s+"));
	}

	/** The names of a byline closing a paragraph, and the paragraph without it. */
	public static Optional<Trailing> parseTrailing(String paragraph) {
		Matcher matcher = TRAILING.matcher(paragraph);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return names(matcher.group(1).strip().split("\\s+"))
			.map(names -> new Trailing(paragraph.substring(0, matcher.start()).stripTrailing(), names));
	}

	/**
	 * The names of a byline opening a paragraph, and the paragraph without its prefix.
	 */
	public static Optional<Trailing> parseInline(String paragraph) {
		Matcher matcher = INLINE.matcher(paragraph.strip());
		if (!matcher.find()) {
			return Optional.empty();
		}
		return parseLine(matcher.group(1))
			.map(names -> new Trailing(paragraph.strip().substring(matcher.end()), names));
	}

	/** A paragraph and the byline names taken off it. */
	public record Trailing(String text, List<String> names) {
	}

	private static Optional<List<String>> names(String[] tokens) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			// a padded two-character name: 孙 良
			if (token.length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() == 1) {
				token = token + tokens[++i];
			}
			if (!isName(token)) {
				return Optional.empty();
			}
			names.add(token);
		}
		return names.isEmpty() ? Optional.empty() : Optional.of(names);
	}

	static boolean isName(String token) {
		if (token.length() < 2 || token.length() > 4) {
			return false;
		}
		if (SURNAMES.contains(token.substring(0, 2)) && token.length() >= 3) {
			return true;
		}
		return token.length() <= 3 && SURNAMES.contains(token.substring(0, 1));
	}

	private static Set<String> loadSurnames() {
		try (InputStream in = Bylines.class.getResourceAsStream("/ingest/surnames.txt")) {
			if (in == null) {
				throw new IllegalStateException("ingest/surnames.txt is missing from the classpath");
			}
			Set<String> surnames = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.startsWith("#")) {
					for (String surname : line.strip().split("\\s+")) {
						if (!surname.isEmpty()) {
							surnames.add(surname);
						}
					}
				}
			}
			return Set.copyOf(surnames);
		}
		catch (IOException ex) {
			throw new IllegalStateException("ingest/surnames.txt is unreadable", ex);
		}
	}

}
