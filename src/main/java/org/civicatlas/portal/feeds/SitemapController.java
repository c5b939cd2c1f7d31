package org.civicatlas.portal.feeds;

import java.io.IOException;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.civicatlas.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml}: a sitemap index of the files under {@code /sitemaps/}, the
 * sections and places in one, the programs and the articles in numbered files of at most
 * 50,000 URLs each, all with absolute URLs of the address the client used. Files are
 * written as their rows arrive.
 */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/**
	 * The namespace of the language alternates of each URL (hreflang, as the pages' head
	 * links give them).
	 */
	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/**
	 * Each URL's language versions: the address with {@code ?lang=}, and without it for
	 * x-default.
	 */
	private static final List<String[]> ALTERNATES = List.of(new String[] { "zh-CN", "?lang=zh-CN" },
			new String[] { "en", "?lang=en" }, new String[] { "x-default", "" });

	static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

	/** The section pages, before the record pages. */
	static final List<String> SECTIONS = List.of("/", "/places", "/programs", "/articles", "/metrics", "/open-data");

	private final SitemapReader entries;

	SitemapController(SitemapReader entries) {
		this.entries = entries;
	}

	@GetMapping(path = "/sitemap.xml", produces = XML)
	void index(HttpServletResponse response) throws IOException, XMLStreamException {
		SitemapReader.Files files = entries.files();
		String base = BaseUrl.current();
		XMLStreamWriter xml = start(response, "sitemapindex");
		file(xml, base + "/sitemaps/places.xml");
		for (int n = 1; n <= files.programs(); n++) {
			file(xml, base + "/sitemaps/programs-" + n + ".xml");
		}
		for (int n = 1; n <= files.articles(); n++) {
			file(xml, base + "/sitemaps/articles-" + n + ".xml");
		}
		end(xml);
	}

	@GetMapping(path = "/sitemaps/places.xml", produces = XML)
	void places(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = BaseUrl.current();
		XMLStreamWriter xml = start(response, "urlset");
		for (String section : SECTIONS) {
			url(xml, base + section, null);
		}
		entries.places(entry -> url(xml, base + entry.path(), null));
		end(xml);
	}

	@GetMapping(path = "/sitemaps/programs-{file}.xml", produces = XML)
	void programs(@PathVariable int file, HttpServletResponse response) throws IOException, XMLStreamException {
		records(SitemapReader.Kind.PROGRAMS, file, entries.files().programs(), response);
	}

	@GetMapping(path = "/sitemaps/articles-{file}.xml", produces = XML)
	void articles(@PathVariable int file, HttpServletResponse response) throws IOException, XMLStreamException {
		records(SitemapReader.Kind.ARTICLES, file, entries.files().articles(), response);
	}

	private void records(SitemapReader.Kind kind, int file, int files, HttpServletResponse response)
			throws IOException, XMLStreamException {
		if (file < 1 || file > files) {
			throw new NotFoundException("sitemap file " + file);
		}
		String base = BaseUrl.current();
		XMLStreamWriter xml = start(response, "urlset");
		entries.records(kind, file, entry -> url(xml, base + entry.path(),
				entry.lastModified() == null ? null : entry.lastModified().toString()));
		end(xml);
	}

	private static XMLStreamWriter start(HttpServletResponse response, String root)
			throws IOException, XMLStreamException {
		response.setContentType(XML);
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NAMESPACE);
		xml.setPrefix("xhtml", XHTML);
		xml.writeStartElement(NAMESPACE, root);
		xml.writeDefaultNamespace(NAMESPACE);
		if (root.equals("urlset")) {
			xml.writeNamespace("xhtml", XHTML);
		}
		return xml;
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private static void file(XMLStreamWriter xml, String location) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void url(XMLStreamWriter xml, String location, String lastModified) throws IOException {
		try {
			xml.writeStartElement("url");
			xml.writeStartElement("loc");
			xml.writeCharacters(location);
			xml.writeEndElement();
			if (lastModified != null) {
				xml.writeStartElement("lastmod");
				xml.writeCharacters(lastModified);
				xml.writeEndElement();
			}
			// the page in each language, as its <link rel="alternate" hreflang> give it
			// (system.LanguageLinks)
			for (String[] alternate : ALTERNATES) {
				xml.writeEmptyElement(XHTML, "link");
				xml.writeAttribute("rel", "alternate");
				xml.writeAttribute("hreflang", alternate[0]);
				xml.writeAttribute("href", location + alternate[1]);
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

}
