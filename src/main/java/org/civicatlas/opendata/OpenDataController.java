package org.civicatlas.opendata;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.civicatlas.system.CsvOutput;
import org.civicatlas.system.Cursors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulk downloads of the open-data contract (docs/open-data.md); URLs and fields are
 * stable.
 */
@RestController
class OpenDataController {

	private final PlacesDownload places;

	private final ArticlesDownload articles;

	private final ProgramsDownload programs;

	private final MetricsDownload metrics;

	private final JsonDownload json;

	OpenDataController(PlacesDownload places, ArticlesDownload articles, ProgramsDownload programs,
			MetricsDownload metrics, JsonDownload json) {
		this.places = places;
		this.articles = articles;
		this.programs = programs;
		this.metrics = metrics;
		this.json = json;
	}

	@GetMapping(path = "/open-data/places.json", produces = MediaType.APPLICATION_JSON_VALUE)
	PlacesDownload.Places places() {
		return places.places();
	}

	// The three large downloads stream from a cursor (Cursors): memory stays flat
	// whatever the corpus.
	@GetMapping(path = "/open-data/articles.json", produces = MediaType.APPLICATION_JSON_VALUE)
	void articles(HttpServletResponse response) throws IOException {
		json.write(response, "articles", articles::each);
	}

	@GetMapping(path = "/open-data/programs.json", produces = MediaType.APPLICATION_JSON_VALUE)
	void programs(HttpServletResponse response) throws IOException {
		json.write(response, "programs", programs::each);
	}

	@GetMapping(path = "/open-data/metrics.json", produces = MediaType.APPLICATION_JSON_VALUE)
	void metrics(HttpServletResponse response) throws IOException {
		json.write(response, "metrics", metrics::each);
	}

	@GetMapping("/open-data/programs.csv")
	void programsCsv(HttpServletResponse response) throws IOException {
		csv(response, "programs.csv", ProgramsDownload.CSV_HEADER, programs::each, ProgramsDownload::csvRow);
	}

	@GetMapping("/open-data/metrics.csv")
	void metricsCsv(HttpServletResponse response) throws IOException {
		csv(response, "metrics.csv", MetricsDownload.CSV_HEADER, metrics::each, MetricsDownload::csvRow);
	}

	static <T> void csv(HttpServletResponse response, String fileName, List<String> header, Cursors.Rows<T> rows,
			Function<T, List<Object>> toRow) throws IOException {
		try (CsvOutput csv = CsvOutput.start(response, fileName, header)) {
			rows.into(row -> csv.row(toRow.apply(row)));
		}
	}

}
