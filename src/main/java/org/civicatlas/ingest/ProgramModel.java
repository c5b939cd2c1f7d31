package org.civicatlas.ingest;

import java.util.List;

/**
 * A named initiative, platform, brand, fund, workshop, mechanism or campaign that
 * articles of the page describe.
 *
 * @param name the name as the articles print it, without quotation marks
 * @param aliases other names it appears under
 * @param subtypeKeys subtype keys of the program-type taxonomy, the primary first
 * @param townshipCode where it runs; null when it runs district-wide (then districtCode
 * is set)
 * @param villageName the village or community it runs in, as printed, when there is one
 * @param description a short description drawn from its article
 * @param articles positions (0-based, in the page's article list) of the articles that
 * describe it
 */
public record ProgramModel(String name, List<String> aliases, List<String> subtypeKeys, String cityCode,
		String districtCode, String townshipCode, String villageName, String description, List<Integer> articles) {

	public ProgramModel {
		aliases = List.copyOf(aliases);
		subtypeKeys = List.copyOf(subtypeKeys);
		articles = List.copyOf(articles);
	}

}
