package org.civicatlas.portal.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.civicatlas.system.IssueDate;

/**
 * A record of the atlas as a reference: GB/T 7714-2015 text, BibTeX, RIS and CSL-JSON. An
 * article whose newspaper is known is cited as that newspaper's article read online
 * ([N/OL]: newspaper, date(page)); anything else as a record of the atlas's database
 * ([DB/OL], the atlas as publisher). Every form carries the URL and the access date, as
 * GB/T 7714 asks of online resources.
 */
final class Citations {

	private Citations() {
	}

	/** GB/T 7714-2015 (7.1 authors, 8.x newspaper articles and electronic resources). */
	static String gbt7714(Citable item, String atlas, String url, LocalDate accessed) {
		StringBuilder text = new StringBuilder();
		if (!item.authors().isEmpty()) {
			text.append(String.join(", ", item.authors())).append(". ");
		}
		else if (!item.newspaperKnown()) {
			text.append(atlas).append(". ");
		}
		text.append(item.title());
		if (item.newspaperKnown()) {
			text.append("[N/OL]. ").append(item.publication().newspaper());
			IssueDate date = item.publication().date();
			if (date != null) {
				text.append(", ").append(date.iso());
				if (item.publication().page() != null) {
					text.append('(').append(item.publication().page()).append(')');
				}
			}
			text.append(' ');
		}
		else {
			text.append("[DB/OL]. ").append(atlas).append(". ");
		}
		return text.append('[').append(accessed).append("]. ").append(url).append('.').toString();
	}

	static String bibtex(Citable item, String atlas, String url, LocalDate accessed) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!item.authors().isEmpty()) {
			fields.put("author",
					String.join(" and ", item.authors().stream().map(name -> "{" + bibtexText(name) + "}").toList()));
		}
		fields.put("title", "{" + bibtexText(item.title()) + "}");
		if (item.newspaperKnown()) {
			fields.put("journal", bibtexText(item.publication().newspaper()));
		}
		else {
			fields.put("publisher", bibtexText(atlas));
		}
		IssueDate date = item.publication().date();
		if (date != null) {
			fields.put("date", date.iso());
			fields.put("year", String.valueOf(date.first().getYear()));
		}
		if (item.publication().page() != null) {
			fields.put("pages", bibtexText(item.publication().page()));
		}
		fields.put("url", url);
		fields.put("urldate", accessed.toString());
		StringJoiner entry = new StringJoiner(",\n",
				"@" + (item.newspaperKnown() ? "article" : "misc") + "{" + item.key() + ",\n", "\n}\n");
		fields.forEach((name, value) -> entry.add("  " + name + " = {" + value + "}"));
		return entry.toString();
	}

	static String ris(Citable item, String atlas, String url, LocalDate accessed) {
		List<String> lines = new ArrayList<>();
		lines.add("TY  - " + (item.newspaperKnown() ? "NEWS" : "DBASE"));
		item.authors().forEach(name -> lines.add("AU  - " + name));
		lines.add("TI  - " + item.title());
		lines.add((item.newspaperKnown() ? "T2  - " + item.publication().newspaper() : "PB  - " + atlas));
		IssueDate date = item.publication().date();
		if (date != null) {
			lines.add("PY  - " + date.first().getYear());
			lines.add("DA  - " + date.iso().replace('-', '/'));
		}
		if (item.publication().page() != null) {
			lines.add("SP  - " + item.publication().page());
		}
		lines.add("UR  - " + url);
		lines.add("Y2  - " + accessed.toString().replace('-', '/'));
		lines.add("DB  - " + atlas);
		lines.add("ER  - ");
		return String.join("\r\n", lines) + "\r\n";
	}

	/** CSL-JSON (the citation-style-language input format): one item in a list. */
	static List<Map<String, Object>> cslJson(Citable item, String atlas, String url, LocalDate accessed) {
		Map<String, Object> csl = new LinkedHashMap<>();
		csl.put("id", item.key());
		csl.put("type", item.newspaperKnown() ? "article-newspaper" : "dataset");
		csl.put("title", item.title());
		if (!item.authors().isEmpty()) {
			csl.put("author", item.authors().stream().map(name -> Map.of("literal", name)).toList());
		}
		if (item.newspaperKnown()) {
			csl.put("container-title", item.publication().newspaper());
		}
		else {
			csl.put("publisher", atlas);
		}
		IssueDate date = item.publication().date();
		if (date != null) {
			csl.put("issued", Map.of("date-parts", List.of(dateParts(date))));
		}
		if (item.publication().page() != null) {
			csl.put("page", item.publication().page());
		}
		csl.put("URL", url);
		csl.put("accessed", Map.of("date-parts",
				List.of(List.of(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()))));
		return List.of(csl);
	}

	private static List<Integer> dateParts(IssueDate date) {
		LocalDate first = date.first();
		return switch (date.precision()) {
			case DAY -> List.of(first.getYear(), first.getMonthValue(), first.getDayOfMonth());
			case MONTH -> List.of(first.getYear(), first.getMonthValue());
			case YEAR -> List.of(first.getYear());
		};
	}

	// braces must balance inside a BibTeX value and the other specials would be LaTeX
	// commands
	private static String bibtexText(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
