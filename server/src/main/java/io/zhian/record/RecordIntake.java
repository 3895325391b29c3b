package io.zhian.record;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import io.zhian.venue.Venues;
import tools.jackson.databind.JsonNode;

/**
 * Takes records in: check, store once, complete a draft, publish. The same path serves the front desk and a
 * venue system's single call; a lot's records get the same checks and the same store ({@link LotChunk} stores
 * them in bulk), so every intake path applies the same rules.
 */
@Service
public class RecordIntake {

	private final RecordChecker checker;
	private final RecordStore store;
	private final Drafts drafts;
	private final Venues venues;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final RecordErrors errors;
	private final SubmissionReader reader;

	RecordIntake(RecordChecker checker, RecordStore store, Drafts drafts, Venues venues, AuditTrail audit,
			ApplicationEventPublisher events, RecordErrors errors, SubmissionReader reader) {
		this.errors = errors;
		this.reader = reader;
		this.checker = checker;
		this.store = store;
		this.drafts = drafts;
		this.venues = venues;
		this.audit = audit;
		this.events = events;
	}

	/** What became of one submitted record. */
	public record Result(Long id, boolean duplicate, List<RecordError> errors) {

		boolean stored() {
			return id != null && !duplicate;
		}
	}

	/** Checks and stores one record for the actor's venue; a refused record throws ZA-6003 with its errors. */
	@Transactional
	public Result submit(Actor actor, RecordSubmission submission, RecordSource source) {
		Result result = accept(actor, activeVenue(actor), submission, source, null);
		if (!result.errors().isEmpty()) {
			throw errors.refused(result.errors());
		}
		return result;
	}

	/** The checks alone, record by record as a batch would be checked: nothing is stored. */
	@Transactional(readOnly = true)
	public List<List<RecordError>> validate(Actor actor, JsonNode records) {
		Venue venue = activeVenue(actor);
		int count = records == null || !records.isArray() ? 0 : records.size();
		if (count == 0 || count > Lots.MAX_RECORDS) {
			throw new ZhianException(ErrorCode.BATCH_SIZE, Lots.MAX_RECORDS, count);
		}
		List<List<RecordError>> results = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			SubmissionReader.Read read = reader.read(records.get(i), i);
			results.add(read.submission() == null ? read.errors() : checked(venue, read.submission()).errors());
		}
		return results;
	}

	/**
	 * One record of a lot, in the lot worker's transaction: a refused record is a result, not an exception,
	 * so that the lot goes on.
	 */
	Result accept(Actor actor, Venue venue, RecordSubmission submission, RecordSource source, UUID lotId) {
		RecordChecker.Outcome outcome = checked(venue, submission);
		if (!outcome.valid()) {
			return new Result(null, false, outcome.errors());
		}
		return accept(actor, venue, outcome.record(), source, lotId);
	}

	/** Stores a record already checked, completes its draft, audits and publishes it. */
	Result accept(Actor actor, Venue venue, CheckedRecord record, RecordSource source, UUID lotId) {
		RecordStore.Stored stored = store.store(record, venue.id(), actor, source, lotId);
		if (stored.duplicate()) {
			return new Result(stored.id(), true, List.of());
		}
		if (record.draftId() != null && !drafts.complete(venue.id(), record.draftId(), stored.id())) {
			// Undo the whole record: the caller named a draft that is not open, which is an error of the record.
			// Thrown after the record's rows were written, so that its transaction takes them back.
			throw errors.refused(List.of(RecordError.of("draftId", ErrorCode.DRAFT_NOT_FOUND, record.draftId())));
		}
		audit.record(AuditRecord.success(AuditAction.CREATE, "Record", stored.id(),
				record.trade() + "/" + record.kind() + " ref=" + record.reference() + " via " + source));
		events.publishEvent(RecordStored.of(stored.id(), record, venue.id()));
		return new Result(stored.id(), false, List.of());
	}

	/** The profile's checks, and that the record is of a trade the venue is filed for. */
	RecordChecker.Outcome checked(Venue venue, RecordSubmission submission) {
		RecordChecker.Outcome outcome = checker.check(submission, venue.id());
		String trade = submission.trade();
		if (trade == null || trade.isBlank() || venue.trades().contains(trade)) {
			return outcome;
		}
		List<RecordError> errors = new java.util.ArrayList<>(outcome.errors());
		errors.add(0, RecordError.of("trade", ErrorCode.TRADE_NOT_OF_VENUE, trade, String.join(", ", venue.trades())));
		return new RecordChecker.Outcome(null, errors);
	}

	/** The venue the actor reports for, which must be active. */
	Venue activeVenue(Actor actor) {
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		Venue venue = venues.find(actor.venueId())
			.orElseThrow(() -> new ZhianException(ErrorCode.ACCESS_DENIED));
		if (!"ACTIVE".equals(venue.status())) {
			throw new ZhianException(ErrorCode.VENUE_NOT_ACTIVE, venue.code(), venue.status());
		}
		return venue;
	}
}
