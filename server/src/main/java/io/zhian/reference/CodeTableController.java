package io.zhian.reference;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code tables for people and for venue systems, which download them like Italy's Alloggiati
 * {@code Tabella}: readable by every signed-in user; local entries and mappings by administrators.
 */
@RestController
@RequestMapping("/api/v1/codes")
@Tag(name = "codes", description = "National code tables, local extensions and legacy-code mappings")
class CodeTableController {

	private static final String[] CSV_HEADER = { "code", "name", "name_en", "parent_code", "valid_from", "valid_to",
			"local", "attributes" };

	private final CodeTables tables;
	private final JsonMapper json;

	CodeTableController(CodeTables tables, JsonMapper json) {
		this.tables = tables;
		this.json = json;
	}

	/** A table with its entries and mappings. */
	record TableView(String table, String version, List<CodeEntry> entries, List<CodeMapping> mappings) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The code tables with their versions, sources and entry counts")
	List<CodeTableInfo> list() {
		return tables.tables();
	}

	@GetMapping("/{table}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A table's entries and mappings (entries filtered by q; retired codes unless "
			+ "includeRetired=false); format=csv for CSV")
	TableView table(@PathVariable String table, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "true") boolean includeRetired,
			@RequestParam(defaultValue = "json") String format) {
		CodeTableInfo info = tables.info(table);
		// format=csv is answered by csv() below; anything else here is neither json nor csv.
		if (!format.equals("json")) {
			throw new ZhianException(ErrorCode.FORMAT_UNSUPPORTED, format);
		}
		return new TableView(info.table(), info.version(), tables.entries(table, q, includeRetired),
				tables.mappings(table));
	}

	/**
	 * One row per entry, UTF-8 with a byte-order mark so that Excel opens the Chinese names correctly. Written to
	 * the response directly, like the audit export, so that any Accept header gets the file.
	 */
	@GetMapping(value = "/{table}", params = "format=csv")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A table's entries as CSV (UTF-8 with BOM)")
	void csv(@PathVariable String table, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "true") boolean includeRetired, HttpServletResponse response)
			throws IOException {
		CodeTableInfo info = tables.info(table);
		List<CodeEntry> entries = tables.entries(table, q, includeRetired);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + info.table() + "-" + info.version() + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(writer);
		for (CodeEntry e : entries) {
			csv.printRecord(e.code(), e.name(), e.nameEn(), e.parentCode(), e.validFrom(), e.validTo(), e.local(),
					e.attributes().isEmpty() ? "" : json.writeValueAsString(e.attributes()));
		}
		csv.flush();
	}

	@GetMapping("/{table}/resolve")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The standard code a code stands for, directly or through a mapping of the system")
	Resolution resolve(@PathVariable String table, @RequestParam String code,
			@RequestParam(required = false) String system) {
		return tables.resolve(table, code, system);
	}

	@PostMapping("/{table}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "Add a local entry to a table (kept when the shipped table is reloaded)")
	CodeEntry addEntry(@PathVariable String table, @Valid @RequestBody CodeTableRequests.NewEntry request) {
		return tables.addLocalEntry(table, request.code(), request.name().trim(),
				request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().trim(),
				request.parentCode());
	}

	@PostMapping("/{table}/mappings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "Map a code of another system to a code of the table (代码对照)")
	CodeMapping addMapping(@PathVariable String table, @Valid @RequestBody CodeTableRequests.NewMapping request) {
		return tables.addMapping(table, request.system(), request.legacyCode(), request.code());
	}
}
