package io.zhian.record;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.UserKind;
import io.zhian.common.export.XlsxExport;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "records", description = "Records of every trade: intake (single, batch, dry run), receipts, reading")
class RecordController {

	private static final String SUBMIT = "hasAuthority('RECORD_SUBMIT')";

	private final RecordIntake intake;
	private final Lots lots;
	private final Receipts receipts;
	private final Records records;
	private final RecordChanges changes;
	private final Drafts drafts;
	private final RecordErrors errors;
	private final XlsxExport xlsx;
	private final RecordSheet sheet;

	RecordController(RecordIntake intake, Lots lots, Receipts receipts, Records records, RecordChanges changes,
			Drafts drafts, RecordErrors errors, XlsxExport xlsx, RecordSheet sheet) {
		this.xlsx = xlsx;
		this.sheet = sheet;
		this.intake = intake;
		this.lots = lots;
		this.receipts = receipts;
		this.records = records;
		this.changes = changes;
		this.drafts = drafts;
		this.errors = errors;
	}

	@PostMapping
	@PreAuthorize(SUBMIT)
	@Operation(summary = "Submit one record: 201 when stored, 200 with the same record when the reference was already sent")
	ResponseEntity<RecordView> submit(@RequestBody RecordSubmission submission) {
		Actor actor = CurrentActor.require();
		RecordSource source = actor.kind() == UserKind.ENTERPRISE && actor.username().startsWith("apikey:")
				? RecordSource.API : RecordSource.PORTAL;
		RecordIntake.Result result = intake.submit(actor, submission, source);
		RecordView view = records.get(actor, result.id());
		return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
	}

	record Batch(JsonNode records) {
	}

	@PostMapping("/batches")
	@PreAuthorize(SUBMIT)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Submit up to 1000 records as a lot: stored at once, checked and stored record by record afterwards")
	LotStatus batch(@RequestBody Batch batch) {
		return lots.receive(CurrentActor.require(), batch.records());
	}

	@GetMapping("/batches/{lotId}")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "A lot's status and each record's result (position, outcome, id or errors)")
	LotStatus lot(@PathVariable UUID lotId) {
		return lots.status(CurrentActor.require(), lotId, LocaleContextHolder.getLocale(), true);
	}

	@GetMapping("/batches/{lotId}/receipt")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "The SM2-signed receipt of a finished lot")
	Receipt receipt(@PathVariable UUID lotId) {
		return receipts.issue(CurrentActor.require(), lotId);
	}

	record Verification(boolean valid) {
	}

	@PostMapping("/receipts/verify")
	@Operation(summary = "Check a receipt's signature (public: inspectors verify what venues show them)")
	Verification verify(@RequestBody Receipt receipt) {
		return new Verification(receipts.verify(receipt));
	}

	record Validation(List<ValidationResult> results) {
	}

	record ValidationResult(int position, boolean valid, List<Map<String, String>> errors) {
	}

	@PostMapping("/validate")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "Dry run: the same checks as intake, per record; nothing is stored")
	Validation validate(@RequestBody Batch batch) {
		List<List<RecordError>> found = intake.validate(CurrentActor.require(), batch.records());
		Locale locale = LocaleContextHolder.getLocale();
		List<ValidationResult> results = new java.util.ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			results.add(new ValidationResult(i, found.get(i).isEmpty(), errors.render(found.get(i), locale)));
		}
		return new Validation(results);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('RECORD_READ')")
	@Operation(summary = "Records within the caller's data scope, newest first; numbers masked without full view")
	Paged<RecordView> list(@RequestParam(required = false) String trade, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long venueId, @RequestParam Map<String, String> parameters,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return records.list(CurrentActor.require(), query(trade, kind, status, q, venueId, parameters, from, to),
				PageQuery.of(page, size));
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('RECORD_READ')")
	@Operation(summary = "The records the list's filters find, as an Excel workbook (audited; refused beyond the export cap)")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String trade,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long venueId,
			@RequestParam Map<String, String> parameters,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		List<RecordView> found = records.export(CurrentActor.require(),
				query(trade, kind, status, q, venueId, parameters, from, to), xlsx.maxRows() - 1);
		Locale locale = LocaleContextHolder.getLocale();
		String title = sheet.title(locale);
		return xlsx.download(title, xlsx.workbook(title, sheet.headers(locale), sheet.rows(found, locale)));
	}

	/**
	 * The list's filters: {@code attributes.<name>=<value>} on any declared attribute (attributes.groupId=TG-01),
	 * {@code plate}, {@code vin}, {@code imei}, {@code itemCategory} on the record's vehicles and items.
	 */
	private static RecordQuery query(String trade, String kind, String status, String q, Long venueId,
			Map<String, String> parameters, OffsetDateTime from, OffsetDateTime to) {
		Map<String, String> attributes = new java.util.HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("attributes.") && name.length() > "attributes.".length()) {
				attributes.put(name.substring("attributes.".length()), value);
			}
		});
		RecordQuery.ObjectCriteria objects = new RecordQuery.ObjectCriteria(parameters.get("plate"),
				parameters.get("vin"), parameters.get("imei"), parameters.get("itemCategory"));
		return new RecordQuery(trade, kind, status, q, venueId, attributes, from, to, objects);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('RECORD_READ')")
	@Operation(summary = "One record with its parties (audited)")
	RecordView get(@PathVariable long id) {
		return records.get(CurrentActor.require(), id);
	}

	record End(String endedAt) {
	}

	@PostMapping("/{id}/end")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "End a record of the caller's venue: a guest's check-out")
	RecordView end(@PathVariable long id, @RequestBody(required = false) End end) {
		Actor actor = CurrentActor.require();
		changes.end(actor, id, end == null ? null : end.endedAt());
		return records.get(actor, id);
	}

	record Amendment(Map<String, Object> attributes) {
	}

	@PatchMapping("/{id}/attributes")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "Change the amendable attributes of a record of the caller's venue (a room change)")
	RecordView amend(@PathVariable long id, @RequestBody Amendment amendment) {
		Actor actor = CurrentActor.require();
		changes.amend(actor, id, amendment.attributes() == null ? Map.of() : amendment.attributes());
		return records.get(actor, id);
	}

	@GetMapping("/regulars")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "常住旅客: earlier parties of the caller's venue by document-number prefix or name")
	List<Records.RegularParty> regulars(@RequestParam String q) {
		return records.regulars(CurrentActor.require(), q);
	}

	record NewDraft(Long documentPhotoId, String note, String trade) {
	}

	@PostMapping("/drafts")
	@PreAuthorize(SUBMIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "临存: keep a document photo to type the record later")
	Draft createDraft(@RequestBody NewDraft draft) {
		Actor actor = CurrentActor.require();
		if (draft.documentPhotoId() == null) {
			throw errors.refused(List.of(RecordError.of("documentPhotoId",
					io.zhian.common.ErrorCode.FIELD_REQUIRED)));
		}
		return drafts.create(actor, draft.trade() == null ? "HOTEL" : draft.trade(), draft.documentPhotoId(),
				draft.note());
	}

	@GetMapping("/drafts")
	@PreAuthorize(SUBMIT)
	@Operation(summary = "The venue's open drafts, oldest first")
	List<Draft> openDrafts() {
		return drafts.open(CurrentActor.require());
	}

	@DeleteMapping("/drafts/{id}")
	@PreAuthorize(SUBMIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Discard an open draft")
	void discardDraft(@PathVariable long id) {
		drafts.discard(CurrentActor.require(), id);
	}
}
