package org.civicatlas.portal.cite;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.civicatlas.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * "Cite this" for an article, a program or a figure: the GB/T 7714 reference, and BibTeX,
 * RIS and CSL-JSON files.
 */
@Controller
class CitationController {

	private static final ZoneId ZHEJIANG_TIME = ZoneId.of("Asia/Shanghai");

	private static final Map<String, MediaType> TYPES = Map.of("bib",
			MediaType.parseMediaType("application/x-bibtex;charset=UTF-8"), "ris",
			MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8"), "json",
			MediaType.parseMediaType("application/vnd.citationstyles.csl+json;charset=UTF-8"));

	private final CitationReader reader;

	private final MessageSource messages;

	private final ObjectMapper json;

	CitationController(CitationReader reader, MessageSource messages, ObjectMapper json) {
		this.reader = reader;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/cite/{kind}/{id:\\d+}")
	String show(@PathVariable String kind, @PathVariable long id, Locale locale, Model model) {
		Citable item = find(kind, id);
		String url = url(item);
		model.addAttribute("item", item);
		model.addAttribute("url", url);
		model.addAttribute("reference", Citations.gbt7714(item, atlas(locale), url, today()));
		model.addAttribute("bibtex", Citations.bibtex(item, atlas(locale), url, today()));
		return "cite/show";
	}

	@GetMapping("/cite/{kind}/{id:\\d+}.{format}")
	ResponseEntity<String> download(@PathVariable String kind, @PathVariable long id, @PathVariable String format,
			Locale locale) {
		MediaType type = TYPES.get(format);
		if (type == null) {
			throw new NotFoundException("citation format " + format);
		}
		Citable item = find(kind, id);
		String url = url(item);
		String body = switch (format) {
			case "bib" -> Citations.bibtex(item, atlas(locale), url, today());
			case "ris" -> Citations.ris(item, atlas(locale), url, today());
			default -> json.writeValueAsString(Citations.cslJson(item, atlas(locale), url, today()));
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.key() + "." + format).build().toString())
			.body(body);
	}

	private Citable find(String kind, long id) {
		if (!CitationReader.kind(kind)) {
			throw new NotFoundException("citable kind " + kind);
		}
		return reader.read(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
	}

	private String atlas(Locale locale) {
		return messages.getMessage("cite.atlas", null, locale);
	}

	private static String url(Citable item) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + item.path();
	}

	private static LocalDate today() {
		return LocalDate.now(ZHEJIANG_TIME);
	}

}
