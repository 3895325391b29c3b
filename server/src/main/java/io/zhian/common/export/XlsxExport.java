package io.zhian.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * Result lists as Excel workbooks (Apache POI, streaming, so a large export does not sit in memory as cells).
 * Exports are capped at {@code zhian.export.max-rows}: a caller checks the result's total with
 * {@link #checkCap(long)} before fetching, so an oversized export is refused with ZA-0015 instead of being cut
 * silently. Callers audit their exports themselves (with the criteria), as they audit their searches.
 */
@Component
public class XlsxExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final int maxRows;

	XlsxExport(@Value("${zhian.export.max-rows:50000}") int maxRows) {
		this.maxRows = maxRows;
	}

	public int maxRows() {
		return maxRows;
	}

	/** Refuses an export of more rows than the cap (ZA-0015, naming both numbers). */
	public void checkCap(long rows) {
		if (rows > maxRows) {
			throw new ZhianException(ErrorCode.EXPORT_TOO_LARGE, rows, maxRows);
		}
	}

	/**
	 * One sheet: a bold header row, then the rows. Numbers stay numbers; dates and times are written as ISO
	 * text, which Excel shows as is and no locale misreads.
	 */
	public byte[] workbook(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					write(row.createCell(i), values.get(i));
				}
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The workbook as a download named {@code filename} (.xlsx added), UTF-8 file name for Chinese titles. */
	public ResponseEntity<byte[]> download(String filename, byte[] workbook) {
		String name = filename.endsWith(".xlsx") ? filename : filename + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
			.body(workbook);
	}

	private static void write(Cell cell, Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else if (value instanceof LocalDate || value instanceof TemporalAccessor) {
			cell.setCellValue(value.toString());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}
}
