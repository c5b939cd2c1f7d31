package org.civicatlas.portal.feeds;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.civicatlas.portal.feeds.LatestArticlesReader.Entry;

/**
 * Writes an Atom 1.0 document (RFC 4287). Entry ids are the articles' absolute URLs:
 * permanent as long as the portal keeps its address and article ids, which the open-data
 * contract keeps stable.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	/** The texts of the feed itself, in the reader's language. */
	record Texts(String language, String title, String subtitle, String author) {
	}

	private AtomFeed() {
	}

	/**
	 * {@code title} names an entry in the feed's language (issue 13: an English feed
	 * gives each headline its English or pinyin form too).
	 */
	static String write(String baseUrl, Texts texts, List<Entry> entries, Function<Entry, String> title) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", texts.language());
			element(xml, "id", baseUrl + "/feed.atom");
			element(xml, "title", texts.title());
			element(xml, "subtitle", texts.subtitle());
			link(xml, "self", "application/atom+xml", baseUrl + "/feed.atom");
			link(xml, "alternate", "text/html", baseUrl + "/articles");
			element(xml, "updated",
					timestamp(entries.stream()
						.map(Entry::updated)
						.max(Comparator.naturalOrder())
						.orElseGet(OffsetDateTime::now)));
			// entries without a byline take the feed's author, as RFC 4287 allows
			author(xml, texts.author());
			for (Entry entry : entries) {
				entry(xml, baseUrl, entry, title.apply(entry));
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
		return out.toString();
	}

	private static void entry(XMLStreamWriter xml, String baseUrl, Entry entry, String title)
			throws XMLStreamException {
		String url = baseUrl + "/articles/" + entry.id();
		xml.writeStartElement("entry");
		element(xml, "id", url);
		element(xml, "title", title);
		link(xml, "alternate", "text/html", url);
		// only the day an issue came out is its publication; an unknown or vaguer date is
		// left out
		if (entry.published() != null) {
			element(xml, "published", timestamp(entry.published()));
		}
		element(xml, "updated", timestamp(entry.updated()));
		for (String name : entry.bylines()) {
			author(xml, name);
		}
		element(xml, "summary", entry.firstParagraph());
		xml.writeEndElement();
	}

	private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
		xml.writeStartElement("author");
		element(xml, "name", name);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(XmlText.clean(text));
		xml.writeEndElement();
	}

	// RFC 3339, in UTC, to the second
	private static String timestamp(OffsetDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
	}

}
