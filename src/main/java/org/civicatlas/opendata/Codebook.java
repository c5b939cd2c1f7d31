package org.civicatlas.opendata;

import java.util.List;

/**
 * The files of the open-data contract (docs/open-data.md) and their fields, for the
 * downloads page. Names are the contract's; what a field means, its type and an example
 * are texts of the page, in the message bundle under {@code opendata.field.<set>.<name>}
 * and {@code opendata.example.<set>.<name>}.
 */
final class Codebook {

	/** A field of a file; {@code type} is a key of {@code opendata.type.*}. */
	record Field(String name, String type) {
	}

	/**
	 * A file of the contract.
	 *
	 * @param name the file name, after {@code /open-data/}
	 * @param fieldSet the records the file holds, which names its counts and its fields'
	 * texts
	 * @param fields the fields in the order of the JSON objects or of the CSV columns
	 * @param csv whether the file is CSV (the same fields as the JSON file of its set)
	 */
	record DataFile(String name, String fieldSet, List<Field> fields, boolean csv) {

		public String path() {
			return "/open-data/" + name;
		}

	}

	private static final List<Field> ARTICLE_FIELDS = List.of(new Field("id", "number"),
			new Field("headline", "string"), new Field("subhead", "stringOrNull"), new Field("bylines", "strings"),
			new Field("source.file", "string"), new Field("source.lines", "numbers"),
			new Field("incomplete", "boolean"), new Field("city", "stringOrNull"),
			new Field("district", "stringOrNull"), new Field("townships", "strings"), new Field("villages", "strings"),
			new Field("types", "strings"), new Field("programs", "programRefs"), new Field("body", "string"),
			new Field("captions", "strings"), new Field("publication.newspaper", "stringOrNull"),
			new Field("publication.date", "stringOrNull"), new Field("publication.page", "stringOrNull"),
			new Field("headlineEn", "stringOrNull"), new Field("headlinePinyin", "string"));

	private static final List<Field> PROGRAM_FIELDS = List.of(new Field("id", "number"), new Field("name", "string"),
			new Field("aliases", "strings"), new Field("subtypes", "strings"), new Field("types", "strings"),
			new Field("city", "stringOrNull"), new Field("district", "stringOrNull"),
			new Field("township", "stringOrNull"), new Field("village", "stringOrNull"),
			new Field("articleIds", "numbers"), new Field("metricIds", "numbers"), new Field("nameEn", "stringOrNull"),
			new Field("namePinyin", "string"));

	private static final List<Field> METRIC_FIELDS = List.of(new Field("id", "number"),
			new Field("articleId", "number"), new Field("programId", "numberOrNull"), new Field("label", "string"),
			new Field("value", "numberOrNull"), new Field("valueMax", "numberOrNull"), new Field("unit", "string"),
			new Field("approx", "stringOrNull"), new Field("category", "string"), new Field("quote", "string"),
			new Field("source.file", "string"), new Field("source.line", "numberOrNull"),
			new Field("per", "stringOrNull"));

	private static final List<Field> PLACE_FIELDS = List.of(new Field("cities", "places"),
			new Field("districts", "places"), new Field("townships", "places"), new Field("code", "string"),
			new Field("name", "string"), new Field("nameEn", "stringOrNull"), new Field("namePinyin", "string"),
			new Field("parentCode", "stringOrNull"), new Field("programCount", "number"),
			new Field("articleCount", "number"));

	static final List<DataFile> FILES = List.of(new DataFile("articles.json", "articles", ARTICLE_FIELDS, false),
			new DataFile("programs.json", "programs", PROGRAM_FIELDS, false),
			new DataFile("metrics.json", "metrics", METRIC_FIELDS, false),
			new DataFile("places.json", "places", PLACE_FIELDS, false),
			new DataFile("programs.csv", "programs", csvFields(ProgramsDownload.CSV_HEADER, PROGRAM_FIELDS), true),
			new DataFile("metrics.csv", "metrics", csvFields(MetricsDownload.CSV_HEADER, METRIC_FIELDS), true));

	private Codebook() {
	}

	// The CSV header is what the download writes; each of its columns is a field of the
	// JSON file.
	private static List<Field> csvFields(List<String> header, List<Field> jsonFields) {
		return header.stream()
			.map(column -> jsonFields.stream()
				.filter(field -> field.name().equals(column))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("CSV column " + column + " is not a JSON field")))
			.toList();
	}

}
