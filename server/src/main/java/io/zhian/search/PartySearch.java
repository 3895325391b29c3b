package io.zhian.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.common.export.XlsxExport;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKey;
import io.zhian.reference.NameKeys;

/**
 * Person search (人员查询) within the searcher's data scope: criteria normalised as intake normalises what it
 * stores, a time window always bounded unless a document number is given (an unbounded name search would read
 * every month), numbers masked for readers without full view, every search and export audited with its
 * criteria.
 */
@Service
public class PartySearch {

	static final int MIN_PREFIX = 6;
	private static final int FULL_ID_LENGTH = 18;
	private static final String CITIZEN_ID = "111";

	private final PartyIndex index;
	private final IdNumbers idNumbers;
	private final NameKeys nameKeys;
	private final AuditTrail audit;
	private final XlsxExport xlsx;
	private final Clock clock;
	private final Duration defaultWindow;
	private final long countLimit;

	PartySearch(PartyIndex index, IdNumbers idNumbers, NameKeys nameKeys, AuditTrail audit, XlsxExport xlsx,
			Clock clock, @Value("${zhian.search.default-window-days:90}") int defaultWindowDays,
			@Value("${zhian.search.count-limit:10000}") long countLimit) {
		this.index = index;
		this.idNumbers = idNumbers;
		this.nameKeys = nameKeys;
		this.audit = audit;
		this.xlsx = xlsx;
		this.clock = clock;
		this.defaultWindow = Duration.ofDays(defaultWindowDays);
		this.countLimit = countLimit;
	}

	@Transactional
	public PartyPage search(Actor actor, PartyCriteria criteria, PageQuery page) {
		PartyPage found = index.find(query(criteria), scope(actor), page, countLimit);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Party", null, criteria.describe()));
		Masking masking = Masking.of(actor);
		return new PartyPage(found.items().stream().map(hit -> hit.masked(masking)).toList(), found.total(),
				found.totalCapped());
	}

	/** All hits as xlsx rows, refused with ZA-0015 beyond the export cap. */
	@Transactional
	public byte[] export(Actor actor, PartyCriteria criteria, List<String> headers) {
		PartyQuery query = query(criteria);
		SqlCondition scope = scope(actor);
		// Counted up to the export cap: one more than the cap is enough to refuse.
		PartyPage counted = index.find(query, scope, new PageQuery(0, 1), xlsx.maxRows());
		long total = counted.totalCapped() ? counted.total() + 1 : counted.total();
		xlsx.checkCap(total);
		List<PartyHit> hits = index.find(query, scope, new PageQuery(0, (int) Math.max(total, 1)), xlsx.maxRows())
			.items();
		audit.record(AuditRecord.success(AuditAction.EXPORT, "Party", null, total + " rows; " + criteria.describe()));
		Masking masking = Masking.of(actor);
		List<List<?>> rows = new ArrayList<>();
		for (PartyHit hit : hits) {
			PartyHit h = hit.masked(masking);
			rows.add(List.of(h.occurredAt().toString(), h.endedAt() == null ? "" : h.endedAt().toString(), h.trade(),
					h.kind(), h.name(), h.documentType(), h.documentNumber(), orEmpty(h.sex()), orEmpty(h.birthDate()),
					orEmpty(h.nationality()), orEmpty(h.regionCode()), h.venue().name(), orEmpty(h.stationName()),
					h.attributes().toString(), h.recordId()));
		}
		return xlsx.workbook("parties", headers, rows);
	}

	static SqlCondition scope(Actor actor) {
		return actor.dataScope().venues("p.venue_id", "v.station_unit_id");
	}

	PartyQuery query(PartyCriteria c) {
		Instant from = c.from() == null ? null : c.from().toInstant();
		Instant to = c.to() == null ? null : c.to().toInstant();
		if (from != null && to != null && to.isBefore(from)) {
			throw new ZhianException(ErrorCode.SEARCH_WINDOW_INVALID, c.from(), c.to());
		}
		// A document number finds a person in any month through its index; anything else is bounded in time.
		if (from == null && to == null && !c.hasDocumentNumber()) {
			from = Instant.now(clock).minus(defaultWindow);
		}
		List<String> numbers = List.of();
		boolean prefix = false;
		if (c.hasDocumentNumber()) {
			String typed = c.documentNumber().strip().toUpperCase();
			boolean shortId = (c.documentType() == null || CITIZEN_ID.equals(c.documentType()))
					&& typed.length() >= MIN_PREFIX && typed.length() < FULL_ID_LENGTH && typed.length() != 15;
			prefix = c.prefix() || shortId;
			if (prefix && typed.length() < MIN_PREFIX) {
				throw new ZhianException(ErrorCode.SEARCH_PREFIX_TOO_SHORT, MIN_PREFIX, typed);
			}
			numbers = prefix ? List.of(typed) : candidates(c.documentType(), c.documentNumber());
		}
		List<String> keys = List.of();
		String name = c.hasName() ? NameKeys.normalize(c.name()) : null;
		if (name != null && c.nameMatch() == NameMatch.HOMOPHONE) {
			NameKey key = nameKeys.keys(name);
			keys = List.copyOf(c.fuzzySound() ? key.fuzzy() : key.pinyin());
		}
		return new PartyQuery(blankToNull(c.documentType()), numbers, prefix, name, c.nameMatch(), keys,
				c.latinName(), c.birthFrom(), c.birthTo(), blankToNull(c.sex()), blankToNull(c.nationality()),
				blankToNull(c.regionCode()), c.venueId(), c.unitId(), blankToNull(c.trade()), blankToNull(c.kind()),
				from, to, c.fuzzySound());
	}

	/**
	 * The stored forms a typed number may have: its person-key form under the given type, or, without a type,
	 * under the citizen-ID rules (a 15-digit number upgraded) and as typed, since other types keep it as typed.
	 */
	private List<String> candidates(String type, String number) {
		Set<String> found = new LinkedHashSet<>();
		found.add(idNumbers.personKeyNumber(type == null || type.isBlank() ? CITIZEN_ID : type, number));
		if (type == null || type.isBlank()) {
			found.add(number.strip().toUpperCase());
		}
		return List.copyOf(found);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Object orEmpty(Object value) {
		return value == null ? "" : value;
	}
}
