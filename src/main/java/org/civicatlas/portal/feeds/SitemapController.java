package org.civicatlas.portal.feeds;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /sitemap.xml}: the public pages, with absolute URLs of the address the client used. */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The section pages, before the record pages. */
	static final List<String> SECTIONS = List.of("/", "/places", "/programs", "/articles", "/metrics", "/open-data");

	private final SitemapEntries entries;

	SitemapController(SitemapEntries entries) {
		this.entries = entries;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8")
	@ResponseBody
	String show() throws XMLStreamException {
		String base = BaseUrl.current();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String section : SECTIONS) {
			url(xml, base + section, null);
		}
		for (SitemapEntries.Entry entry : entries.entries()) {
			url(xml, base + entry.path(), entry.lastModified() == null ? null : entry.lastModified().toString());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

}
