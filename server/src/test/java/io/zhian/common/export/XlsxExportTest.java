package io.zhian.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.zhian.common.ZhianException;

class XlsxExportTest {

	private final XlsxExport export = new XlsxExport(2);

	@Test
	void writesAHeaderRowAndTypedCellsThatExcelReadsBack() throws IOException {
		byte[] bytes = export.workbook("旅客", List.of("姓名", "次数", "日期"),
				List.of(Arrays.asList("张三", 3, LocalDate.of(2026, 11, 22)), Arrays.asList("李四", null, null)));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheet("旅客");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2026-11-22");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("李四");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void anExportOverTheCapIsRefusedNotCut() {
		export.checkCap(2);
		assertThatThrownBy(() -> export.checkCap(3)).isInstanceOf(ZhianException.class)
			.hasMessage("ZA-0015");
	}

	@Test
	void theDownloadCarriesAUtf8FileName() {
		var response = export.download("旅客 查询", new byte[] { 1 });
		assertThat(response.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename*=UTF-8''%E6%97%85%E5%AE%A2%20%E6%9F%A5%E8%AF%A2.xlsx");
		assertThat(response.getHeaders().getContentType()).isEqualTo(XlsxExport.XLSX);
	}
}
