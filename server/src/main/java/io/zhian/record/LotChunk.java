package io.zhian.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import tools.jackson.databind.JsonNode;

/**
 * Decides a chunk of a lot's positions with a handful of statements, in the lot worker's transaction for the
 * chunk. Every record is read and checked in Java first (no database but for referenced photos); the valid
 * ones are stored together by {@link RecordStore#storeAll}; the chunk then leaves one audit row (the lot is the
 * act) and one {@link RecordsStored} event.
 * <p>
 * A record still succeeds or fails alone: a refused one is a result and its neighbours go on; if the database
 * refuses the bulk store, the store is rolled back to a savepoint and the same records are decided one by one
 * through {@link RecordIntake}, so only the record the database refuses fails. A record naming a draft goes that
 * single path too (drafts are rare in lots): the valid records before it are stored first, so the positions
 * keep their order and the first of a repeated reference is the one stored.
 * <p>
 * The venue is read once per chunk, not once per record: a venue suspended meanwhile gets the rest of its lot
 * refused (ZA-6012) from the next chunk on.
 */
@Component
class LotChunk {

	private static final Logger log = LoggerFactory.getLogger(LotChunk.class);

	private final RecordIntake intake;
	private final RecordStore store;
	private final SubmissionReader reader;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate savepoint;

	LotChunk(RecordIntake intake, RecordStore store, SubmissionReader reader, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.intake = intake;
		this.store = store;
		this.reader = reader;
		this.audit = audit;
		this.events = events;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The results of positions {@code from} (inclusive) to {@code to} (exclusive), in position order. */
	List<RecordIntake.Result> decide(Actor actor, UUID lotId, JsonNode records, int from, int to) {
		Venue venue;
		try {
			venue = intake.activeVenue(actor);
		}
		catch (ZhianException refused) {
			return Collections.nCopies(to - from, rejected(refused));
		}
		Decisions decisions = new Decisions(actor, venue, lotId, from, to);
		for (int position = from; position < to; position++) {
			decisions.add(position, records.get(position));
		}
		decisions.storeWaiting();
		decisions.announce();
		return Arrays.asList(decisions.results);
	}

	/** A record checked and waiting to be stored with the others. */
	private record Waiting(int position, CheckedRecord record) {
	}

	/** One chunk's work in progress. */
	private final class Decisions {

		private final Actor actor;
		private final Venue venue;
		private final UUID lotId;
		private final int from;
		private final RecordIntake.Result[] results;
		private final List<Waiting> waiting = new ArrayList<>();
		private final List<Integer> storedPositions = new ArrayList<>();
		private final List<RecordStored> stored = new ArrayList<>();

		Decisions(Actor actor, Venue venue, UUID lotId, int from, int to) {
			this.actor = actor;
			this.venue = venue;
			this.lotId = lotId;
			this.from = from;
			this.results = new RecordIntake.Result[to - from];
		}

		void add(int position, JsonNode node) {
			SubmissionReader.Read read = reader.read(node, position);
			if (read.submission() == null) {
				decide(position, rejected(read.errors()));
				return;
			}
			RecordChecker.Outcome outcome;
			try {
				outcome = intake.checked(venue, read.submission());
			}
			catch (ZhianException refused) {
				decide(position, rejected(refused));
				return;
			}
			if (!outcome.valid()) {
				decide(position, rejected(outcome.errors()));
			}
			else if (outcome.record().draftId() != null) {
				storeWaiting();
				decide(position, alone(outcome.record()));
			}
			else {
				waiting.add(new Waiting(position, outcome.record()));
			}
		}

		/** Stores the waiting records together, or one by one if the database refuses them together. */
		void storeWaiting() {
			if (waiting.isEmpty()) {
				return;
			}
			List<CheckedRecord> records = waiting.stream().map(Waiting::record).toList();
			try {
				List<RecordStore.Stored> answers = savepoint
					.execute(status -> store.storeAll(records, venue.id(), actor, RecordSource.BATCH, lotId));
				for (int i = 0; i < waiting.size(); i++) {
					RecordStore.Stored answer = answers.get(i);
					decide(waiting.get(i).position(), new RecordIntake.Result(answer.id(), answer.duplicate(), List.of()));
					if (!answer.duplicate()) {
						storedPositions.add(waiting.get(i).position());
						stored.add(RecordStored.of(answer.id(), records.get(i), venue.id()));
					}
				}
			}
			catch (DataAccessException refused) {
				log.warn("Lot {}: {} records not stored together ({}); deciding them one by one", lotId,
						waiting.size(), refused.getMostSpecificCause().toString());
				waiting.forEach(one -> decide(one.position(), alone(one.record())));
			}
			waiting.clear();
		}

		/** One audit row and one event for what this chunk stored in bulk. */
		void announce() {
			if (stored.isEmpty()) {
				return;
			}
			StringBuilder detail = new StringBuilder(stored.size() * 16).append("stored records (position=id):");
			for (int i = 0; i < stored.size(); i++) {
				detail.append(i == 0 ? " " : ", ").append(storedPositions.get(i)).append('=')
					.append(stored.get(i).recordId());
			}
			audit.record(AuditRecord.success(AuditAction.CREATE, "RecordLot", lotId, detail.toString()));
			events.publishEvent(new RecordsStored(stored));
		}

		/** The single path: its own savepoint, audit row and event. */
		private RecordIntake.Result alone(CheckedRecord record) {
			try {
				return savepoint.execute(status -> {
					try {
						return intake.accept(actor, venue, record, RecordSource.BATCH, lotId);
					}
					catch (RecordRefused refused) {
						status.setRollbackOnly();
						return rejected(refused.errors());
					}
				});
			}
			catch (ZhianException refused) {
				return rejected(refused);
			}
			catch (DataIntegrityViolationException refused) {
				log.warn("Lot {}: record {} refused by the database: {}", lotId, record.reference(),
						refused.getMostSpecificCause().toString());
				return rejected(List.of(RecordError.of("", ErrorCode.INTERNAL_ERROR)));
			}
		}

		private void decide(int position, RecordIntake.Result result) {
			results[position - from] = result;
		}
	}

	private static RecordIntake.Result rejected(List<RecordError> errors) {
		return new RecordIntake.Result(null, false, errors);
	}

	private static RecordIntake.Result rejected(ZhianException refused) {
		return rejected(List.of(RecordError.of("", refused.errorCode(), refused.arguments())));
	}
}
