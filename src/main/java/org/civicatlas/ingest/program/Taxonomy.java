package org.civicatlas.ingest.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The program subtypes and their cue words, read from the same CSV the database migration
 * loads, so the importer and the portal never disagree about the taxonomy.
 */
public final class Taxonomy {

	static final String RESOURCE = "db/reference/program-subtypes.csv";

	/** A subtype; {@code position} is the taxonomy's own order, used to break ties. */
	public record Subtype(String key, String typeKey, List<String> cues, int position) {

		public Subtype {
			cues = List.copyOf(cues);
		}

	}

	private final List<Subtype> subtypes;

	Taxonomy(List<Subtype> subtypes) {
		this.subtypes = subtypes.stream().sorted(Comparator.comparingInt(Subtype::position)).toList();
	}

	public static Taxonomy load() {
		ClassLoader loader = Taxonomy.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	static Taxonomy parse(Reader csv) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<Subtype> subtypes = new ArrayList<>();
		for (CSVRecord row : format.parse(csv)) {
			subtypes.add(new Subtype(row.get("key"), row.get("type_key"), arrayLiteral(row.get("cues")),
					Integer.parseInt(row.get("position").trim())));
		}
		return new Taxonomy(subtypes);
	}

	/**
	 * The elements of a PostgreSQL array literal ({@code {乡贤,"a,b"}}): the column is
	 * loaded into a {@code text[]} as is, so it follows that syntax, double quotes and
	 * backslash escapes included.
	 */
	static List<String> arrayLiteral(String literal) {
		String body = literal.strip();
		if (!body.startsWith("{") || !body.endsWith("}")) {
			throw new IllegalArgumentException("Not an array literal: " + literal);
		}
		List<String> elements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 1; i < body.length() - 1; i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length() - 1) {
				current.append(body.charAt(++i));
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				add(elements, current);
			}
			else {
				current.append(c);
			}
		}
		add(elements, current);
		return elements;
	}

	private static void add(List<String> elements, StringBuilder current) {
		String element = current.toString().strip();
		if (!element.isEmpty()) {
			elements.add(element);
		}
		current.setLength(0);
	}

	/** Every subtype in taxonomy order. */
	public List<Subtype> subtypes() {
		return subtypes;
	}

}
