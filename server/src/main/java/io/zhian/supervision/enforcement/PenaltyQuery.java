package io.zhian.supervision.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zhian.audit.AuditRecord;
import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;
import io.zhian.reference.IdNumbers;

/**
 * The filters of the penalty list and its export, every one optional.
 *
 * @param from first decision day, inclusive
 * @param to last decision day, inclusive
 * @param unitId a district or station: penalties in its subtree
 * @param person a document number (exact, any case) or the beginning of a name
 */
public record PenaltyQuery(LocalDate from, LocalDate to, String penaltyType, PenaltySubject subjectKind, Long unitId,
		Long venueId, String person) {

	public static final PenaltyQuery ALL = new PenaltyQuery(null, null, null, null, null, null, null);

	/** The WHERE clause over the aliases of {@link Penalties}: the reader's scope and each given filter. */
	SqlCondition where(DataScope scope) {
		SqlCondition visible = scope.units("p.jurisdiction_unit_id");
		StringBuilder where = new StringBuilder(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		SqlCondition.andIfGiven(where, params, "p.decided_on >= ?", from);
		SqlCondition.andIfGiven(where, params, "p.decided_on <= ?", to);
		SqlCondition.andIfGiven(where, params, "p.penalty_type = ?", penaltyType);
		SqlCondition.andIfGiven(where, params, "p.subject_kind = ?", subjectKind == null ? null : subjectKind.name());
		SqlCondition.andIfGiven(where, params, "p.venue_id = ?", venueId);
		SqlCondition.andIfGiven(where, params, "ju.path like (select u.path from org_unit u where u.id = ?) || '%'",
				unitId);
		if (person != null && !person.isBlank()) {
			where.append(" and (upper(p.person_document_number) = upper(?) or p.person_name like ?)");
			params.add(person.strip());
			params.add(person.strip() + "%");
		}
		return new SqlCondition(where.toString(), params);
	}

	/** The criteria as the audit trail keeps them; a searched document number is masked there. */
	String criteria() {
		return AuditRecord.criteria("from", from, "to", to, "type", penaltyType, "subject", subjectKind, "unit", unitId,
				"venue", venueId, "person", person == null ? null : IdNumbers.mask(person.strip()));
	}
}
