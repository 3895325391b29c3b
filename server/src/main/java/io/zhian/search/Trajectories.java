package io.zhian.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.reference.IdNumbers;

/**
 * A person's trajectory (轨迹: every appearance across venues and trades, in time order) and companions (同住:
 * the same record, e.g. the same room; 同时段: the same venue within ±N minutes), within the reader's scope.
 * The person is named by document type and number, or by an appearance from a search result (record and
 * position), so a masked list can still lead to a trajectory.
 */
@Service
public class Trajectories {

	private static final int MAX_APPEARANCES = 1000;
	private static final int MAX_COMPANIONS = 100;
	private static final int MAX_WINDOW_MINUTES = 24 * 60;

	private final PartyIndex index;
	private final IdNumbers idNumbers;
	private final AuditTrail audit;
	private final int defaultWindowMinutes;

	Trajectories(PartyIndex index, IdNumbers idNumbers, AuditTrail audit,
			@Value("${zhian.search.companion-window-minutes:30}") int defaultWindowMinutes) {
		this.index = index;
		this.idNumbers = idNumbers;
		this.audit = audit;
		this.defaultWindowMinutes = defaultWindowMinutes;
	}

	/** Names a person: by key, or by one of their appearances. */
	public record PersonRef(String documentType, String documentNumber, Long recordId, Integer position) {
	}

	public record Person(String name, String documentType, String documentNumber, String sex, LocalDate birthDate,
			String nationality, String regionCode, int appearances, OffsetDateTime firstSeenAt,
			OffsetDateTime lastSeenAt) {
	}

	public record Trajectory(Person person, List<PartyHit> items) {
	}

	public record Companions(int windowMinutes, List<PartyIndex.Companion> sameRecord,
			List<PartyIndex.Companion> sameVenue) {
	}

	@Transactional
	public Trajectory trajectory(Actor actor, PersonRef ref, OffsetDateTime from, OffsetDateTime to) {
		SqlCondition scope = PartySearch.scope(actor);
		PersonKey person = resolve(ref, scope);
		checkWindow(from, to);
		List<PartyHit> found = index.appearances(person, instant(from), instant(to), scope, MAX_APPEARANCES);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Trajectory", null, describe(person, from, to)));
		Masking masking = Masking.of(actor);
		List<PartyHit> items = found.stream().map(hit -> hit.masked(masking)).toList();
		if (items.isEmpty()) {
			return new Trajectory(null, items);
		}
		PartyHit latest = items.get(items.size() - 1);
		return new Trajectory(new Person(latest.name(), latest.documentType(), latest.documentNumber(), latest.sex(),
				latest.birthDate(), latest.nationality(), latest.regionCode(), items.size(), items.get(0).occurredAt(),
				latest.occurredAt()), items);
	}

	@Transactional
	public Companions companions(Actor actor, PersonRef ref, Integer windowMinutes, OffsetDateTime from,
			OffsetDateTime to) {
		int minutes = windowMinutes == null ? defaultWindowMinutes : windowMinutes;
		if (minutes < 0 || minutes > MAX_WINDOW_MINUTES) {
			throw new ZhianException(ErrorCode.INVALID_PARAMETER, "windowMinutes", minutes,
					"0…" + MAX_WINDOW_MINUTES);
		}
		SqlCondition scope = PartySearch.scope(actor);
		PersonKey person = resolve(ref, scope);
		checkWindow(from, to);
		Masking masking = Masking.of(actor);
		List<PartyIndex.Companion> sameRecord = masked(
				index.sameRecord(person, instant(from), instant(to), scope, MAX_COMPANIONS), masking);
		List<PartyIndex.Companion> sameVenue = masked(
				index.sameVenue(person, minutes, instant(from), instant(to), scope, MAX_COMPANIONS), masking);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Companions", null,
				describe(person, from, to) + ", windowMinutes=" + minutes));
		return new Companions(minutes, sameRecord, sameVenue);
	}

	private PersonKey resolve(PersonRef ref, SqlCondition scope) {
		if (ref.documentNumber() != null && !ref.documentNumber().isBlank() && ref.documentType() != null
				&& !ref.documentType().isBlank()) {
			String type = ref.documentType().strip();
			return new PersonKey(type, idNumbers.personKeyNumber(type, ref.documentNumber()));
		}
		if (ref.recordId() != null && ref.position() != null) {
			// Out of scope or absent alike: an empty trajectory, saying nothing about records one may not see.
			return index.personAt(ref.recordId(), ref.position(), scope).orElse(new PersonKey("", ""));
		}
		throw new ZhianException(ErrorCode.SEARCH_PERSON_REQUIRED);
	}

	private static List<PartyIndex.Companion> masked(List<PartyIndex.Companion> companions, Masking masking) {
		return companions.stream().map(c -> new PartyIndex.Companion(c.documentType(),
				masking.number(c.documentNumber()), c.name(), c.times(), c.lastSeenAt())).toList();
	}

	private static void checkWindow(OffsetDateTime from, OffsetDateTime to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new ZhianException(ErrorCode.SEARCH_WINDOW_INVALID, from, to);
		}
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	private static String describe(PersonKey person, OffsetDateTime from, OffsetDateTime to) {
		return AuditRecord.criteria("documentType", person.documentType(), "documentNumber", person.documentNumber(),
				"from", from, "to", to);
	}
}
