package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.ingest.LineRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored places of a page's lines ({@code page_line}), and their text form for the
 * history of repair steps: one line a line, {@code line article role position}, {@code -}
 * for no article.
 */
@Component
class PlaceStore {

	private final JdbcClient jdbc;

	PlaceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Place> load(long pageId) {
		return jdbc.sql(
				"select line, article_id, role, position from page_line where source_page_id = :page order by line, id")
			.param("page", pageId)
			.query((rs, n) -> new Place(rs.getInt("line"), rs.getObject("article_id", Long.class),
					LineRole.valueOf(rs.getString("role")), rs.getInt("position")))
			.list();
	}

	/** Replaces the page's places, writing only the lines whose place changed. */
	void save(long pageId, List<Place> before, List<Place> after) {
		Map<Integer, Place> old = before.stream().collect(Collectors.toMap(Place::line, p -> p, (a, b) -> a));
		for (Place place : after) {
			if (place.equals(old.get(place.line()))) {
				continue;
			}
			jdbc.sql("delete from page_line where source_page_id = :page and line = :line")
				.param("page", pageId)
				.param("line", place.line())
				.update();
			jdbc.sql("""
					insert into page_line (source_page_id, line, article_id, role, position)
					values (:page, :line, :article, :role, :position)""")
				.param("page", pageId)
				.param("line", place.line())
				.param("article", place.article())
				.param("role", place.role().name())
				.param("position", place.position())
				.update();
		}
	}

	static String text(List<Place> places) {
		StringBuilder text = new StringBuilder();
		for (Place place : places) {
			text.append(place.line())
				.append(' ')
				.append(place.article() == null ? "-" : place.article().toString())
				.append(' ')
				.append(place.role().name())
				.append(' ')
				.append(place.position())
				.append('\n');
		}
		return text.toString();
	}

	static List<Place> parse(String text) {
		List<Place> places = new ArrayList<>();
		for (String row : text.split("\n")) {
			if (row.isBlank()) {
				continue;
			}
			String[] fields = row.split(" ");
			places.add(new Place(Integer.parseInt(fields[0]), "-".equals(fields[1]) ? null : Long.valueOf(fields[1]),
					LineRole.valueOf(fields[2]), Integer.parseInt(fields[3])));
		}
		return places;
	}

}
