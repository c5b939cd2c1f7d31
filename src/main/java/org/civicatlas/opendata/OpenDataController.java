package org.civicatlas.opendata;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.civicatlas.system.CsvDownload;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bulk downloads of the open-data contract (docs/open-data.md); URLs and fields are stable. */
@RestController
class OpenDataController {

	private final PlacesDownload places;

	private final ArticlesDownload articles;

	private final ProgramsDownload programs;

	private final MetricsDownload metrics;

	OpenDataController(PlacesDownload places, ArticlesDownload articles, ProgramsDownload programs,
			MetricsDownload metrics) {
		this.places = places;
		this.articles = articles;
		this.programs = programs;
		this.metrics = metrics;
	}

	@GetMapping(path = "/open-data/places.json", produces = MediaType.APPLICATION_JSON_VALUE)
	PlacesDownload.Places places() {
		return places.places();
	}

	@GetMapping(path = "/open-data/articles.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ArticlesDownload.Articles articles() {
		return articles.articles();
	}

	@GetMapping(path = "/open-data/programs.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ProgramsDownload.Programs programs() {
		return programs.programs();
	}

	@GetMapping(path = "/open-data/metrics.json", produces = MediaType.APPLICATION_JSON_VALUE)
	MetricsDownload.Metrics metrics() {
		return metrics.metrics();
	}

	@GetMapping("/open-data/programs.csv")
	void programsCsv(HttpServletResponse response) throws IOException {
		csv(response, "programs.csv", ProgramsDownload.CSV_HEADER, programs.programs().programs(),
				ProgramsDownload::csvRow);
	}

	@GetMapping("/open-data/metrics.csv")
	void metricsCsv(HttpServletResponse response) throws IOException {
		csv(response, "metrics.csv", MetricsDownload.CSV_HEADER, metrics.metrics().metrics(), MetricsDownload::csvRow);
	}

	static <T> void csv(HttpServletResponse response, String fileName, List<String> header, List<T> rows,
			Function<T, List<Object>> toRow) throws IOException {
		try (CSVPrinter printer = CsvDownload.start(response, fileName, header)) {
			for (T row : rows) {
				printer.printRecord(toRow.apply(row));
			}
		}
	}

}
