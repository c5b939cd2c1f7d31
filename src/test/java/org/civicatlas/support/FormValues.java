package org.civicatlas.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What a browser would submit from a form of a page as the portal renders it: text and
 * hidden inputs, checked boxes and radios, textareas, the selected option of each select.
 * Enough for the portal's own forms (Thymeleaf writes attributes in double quotes), to
 * resubmit a form unchanged.
 */
public final class FormValues {

	private static final Pattern TAG = Pattern.compile(
			"<input\\b[^>]*>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	private FormValues() {
	}

	/**
	 * The values of the form that posts to {@code action}, by name, in page order
	 * (several for checkboxes).
	 */
	public static Map<String, Object> of(String html, String action) {
		int start = html.indexOf("action=\"" + action + "\"");
		if (start < 0) {
			throw new AssertionError("No form posting to " + action);
		}
		String form = html.substring(start, html.indexOf("</form>", start));
		Map<String, List<String>> values = new LinkedHashMap<>();
		Matcher tag = TAG.matcher(form);
		while (tag.find()) {
			if (tag.group().startsWith("<input")) {
				String type = attribute(tag.group(), "type");
				boolean choice = "checkbox".equals(type) || "radio".equals(type);
				if (!"submit".equals(type) && (!choice || tag.group().contains(" checked"))) {
					add(values, attribute(tag.group(), "name"), attribute(tag.group(), "value"));
				}
			}
			else if (tag.group().startsWith("<textarea")) {
				// a line break right after <textarea> is not part of the value
				add(values, attribute(tag.group(1), "name"),
						HtmlUtils.htmlUnescape(tag.group(2).replaceFirst("^\r?\n", "")));
			}
			else {
				Matcher option = OPTION.matcher(tag.group(4));
				String chosen = null;
				while (option.find()) {
					if (chosen == null || option.group(1).contains("selected")) {
						chosen = attribute(option.group(1), "value");
					}
				}
				add(values, attribute(tag.group(3), "name"), chosen);
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		values.forEach((name, list) -> result.put(name, list.size() == 1 ? list.get(0) : list));
		return result;
	}

	private static void add(Map<String, List<String>> values, String name, String value) {
		if (name != null && value != null) {
			values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
	}

}
