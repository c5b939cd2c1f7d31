package org.civicatlas.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV download the portal serves, written the one same way: UTF-8 with a byte-order
 * mark, a header row, and no cell a spreadsheet would run as a formula. A cell beginning
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice on CSV injection), unless it is a plain number, so that {@code -3.5} stays a
 * number (docs/open-data.md, "CSV"). The byte-order mark is there for Excel on Chinese
 * Windows, which reads a CSV without it in the system's code page (GBK) and shows the
 * Chinese garbled; parsers that expect no mark are told the encoding {@code utf-8-sig} in
 * the codebook.
 */
public final class CsvOutput implements Closeable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final CSVPrinter printer;

	private CsvOutput(CSVPrinter printer) {
		this.printer = printer;
	}

	/** Starts a download named {@code fileName} and writes its header row. */
	public static CsvOutput start(HttpServletResponse response, String fileName, List<String> header)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		return new CsvOutput(CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer));
	}

	public void row(List<?> cells) throws IOException {
		printer.printRecord(cells.stream().map(CsvOutput::neutralise).toList());
	}

	static Object neutralise(Object cell) {
		if (!(cell instanceof String text) || text.isEmpty() || NUMBER.matcher(text).matches()) {
			return cell;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	@Override
	public void close() throws IOException {
		printer.close();
	}

}
