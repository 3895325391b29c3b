package io.zhian.watch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import jakarta.servlet.http.HttpServletResponse;

/** Watch entries (布控), their approval and withdrawal, and bulk imports of named lists. */
@RestController
@RequestMapping("/api/v1/watch")
@Tag(name = "watch", description = "Watch lists (布控) and bulk imports")
class WatchController {

	private final WatchEntries entries;
	private final ListImports imports;

	WatchController(WatchEntries entries, ListImports imports) {
		this.entries = entries;
		this.imports = imports;
	}

	@PostMapping("/entries")
	@PreAuthorize("hasAuthority('WATCH_MANAGE')")
	@Operation(summary = "Enter a watch entry: active at once for the own unit, pending approval when city-wide")
	ResponseEntity<WatchEntryView> create(@RequestBody WatchEntryRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(entries.create(CurrentActor.require(), request));
	}

	@GetMapping("/entries")
	@PreAuthorize("hasAuthority('WATCH_READ')")
	@Operation(summary = "Watch entries within scope (own units' and city-wide), newest first")
	Paged<WatchEntryView> list(@RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) TargetType targetType,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long listId,
			@RequestParam(required = false) Long owningUnitId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return entries.list(CurrentActor.require(),
				new WatchEntryQuery(status, category, targetType, q, listId, owningUnitId), PageQuery.of(page, size));
	}

	@GetMapping("/entries/{id}")
	@PreAuthorize("hasAuthority('WATCH_READ')")
	WatchEntryView get(@PathVariable long id) {
		return entries.get(CurrentActor.require(), id);
	}

	@PostMapping("/entries/{id}/approve")
	@PreAuthorize("hasAuthority('WATCH_APPROVE')")
	@Operation(summary = "布控审批: approve a pending city-wide entry")
	WatchEntryView approve(@PathVariable long id) {
		return entries.approve(CurrentActor.require(), id);
	}

	@PostMapping("/entries/{id}/withdraw")
	@PreAuthorize("hasAuthority('WATCH_MANAGE')")
	@Operation(summary = "撤控: withdraw an entry, naming the approving unit and approver")
	WatchEntryView withdraw(@PathVariable long id, @RequestBody WithdrawalRequest request) {
		return entries.withdraw(CurrentActor.require(), id, request);
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('WATCH_APPROVE')")
	@Operation(summary = "Import a CSV or xlsx file as the next version of a named list; worked through in the "
			+ "background")
	ResponseEntity<ImportView> startImport(@RequestParam String listName, @RequestParam String category,
			@RequestPart("file") MultipartFile file) {
		try {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.start(CurrentActor.require(), listName,
					category, file.getOriginalFilename(), file.getInputStream()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/imports")
	@PreAuthorize("hasAuthority('WATCH_READ')")
	List<ImportView> importsList() {
		return imports.list(CurrentActor.require());
	}

	@GetMapping("/imports/{id}")
	@PreAuthorize("hasAuthority('WATCH_READ')")
	@Operation(summary = "An import's progress")
	ImportView importOne(@PathVariable long id) {
		return imports.get(CurrentActor.require(), id);
	}

	@GetMapping("/imports/{id}/errors")
	@PreAuthorize("hasAuthority('WATCH_READ')")
	@Operation(summary = "The refused rows of an import as CSV")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.get(CurrentActor.require(), id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		imports.errorReport(CurrentActor.require(), id, out);
		out.flush();
	}
}
