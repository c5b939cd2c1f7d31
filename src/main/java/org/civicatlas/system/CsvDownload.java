package org.civicatlas.system;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every CSV download starts: UTF-8 with a byte-order mark, an attachment name and the header
 * row. Excel on Chinese Windows reads a CSV without the mark in the system's code page (GBK) and
 * shows the Chinese garbled; with it, Excel reads UTF-8. Parsers that expect no mark read it as part
 * of the first column name unless told the encoding (the codebook says how: {@code utf-8-sig}).
 */
public final class CsvDownload {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvDownload() {
	}

	/** The printer of the response's body, the mark and the header already written; the caller closes it. */
	public static CSVPrinter start(HttpServletResponse response, String fileName, List<String> header)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		return CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
	}

}
