package io.zhian.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of an uploaded list, CSV (UTF-8, BOM allowed) or the first sheet of an xlsx workbook, one
 * row at a time: a million-row list never sits in memory. Row numbers are those a person sees in a
 * spreadsheet (the header is row 1).
 */
final class ListRows {

	/** One row: its number and its cells, trimmed, empty cells as empty strings. */
	record Row(int number, List<String> cells) {
	}

	interface RowHandler {
		void row(Row row);
	}

	private ListRows() {
	}

	static boolean supported(String fileName) {
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".xlsx");
	}

	static void read(Path file, String fileName, RowHandler handler) throws IOException {
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			readXlsx(file, handler);
		}
		else {
			readCsv(file, handler);
		}
	}

	private static void readCsv(Path file, RowHandler handler) throws IOException {
		try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cell -> cells.add(cell.strip()));
				handler.row(new Row(number, cells));
			}
		}
	}

	private static void readXlsx(Path file, RowHandler handler) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
						new SheetRows(handler), new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw new IOException("not a readable xlsx workbook: " + e.getMessage(), e);
		}
	}

	/** Collects the cells of each sheet row in column order, filling gaps that xlsx leaves out. */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private List<String> cells;
		private int rowNumber;

		SheetRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			rowNumber = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				handler.row(new Row(rowNumber, cells));
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.strip());
		}
	}
}
