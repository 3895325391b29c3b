package io.zhian.search;

import java.sql.Timestamp;

import io.zhian.common.SqlCondition;

/**
 * The SQL conditions of a {@link PartyQuery} over record_party p and venue v, and record r only when the query
 * asks for a trade or a kind ({@link #needsRecord}): joined on (id, occurred_at), record is misestimated by the
 * planner (it multiplies the two equalities' selectivities and expects one row), which turned a common fuzzy
 * name into nested loops over every venue (12 s at 10 million records, docs/performance.md).
 */
final class PartyConditions {

	private PartyConditions() {
	}

	static boolean needsRecord(PartyQuery q) {
		return q.trade() != null || q.kind() != null;
	}

	static Where of(PartyQuery q, SqlCondition scope) {
		Where where = new Where(scope);
		// Time first: p.occurred_at is the partition key, a bound on it prunes whole months.
		where.and("p.occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
		where.and("p.occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
		if (needsRecord(q)) {
			// The same bounds on record r: PostgreSQL does not carry a range through r.occurred_at = p.occurred_at,
			// and without them a hash join reads every month of record.
			where.and("r.occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
			where.and("r.occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
		}
		if (!q.documentNumbers().isEmpty()) {
			if (q.prefix()) {
				// C collation: a range scan on record_party_person_idx.
				where.andAll("p.document_number like ?", likePrefix(q.documentNumbers().get(0)));
			}
			else {
				where.andAll("p.document_number = any(?)", (Object) q.documentNumbers().toArray(String[]::new));
			}
		}
		where.and("p.document_type = ?", q.documentType());
		name(where, q);
		if (q.latinName() != null && !q.latinName().isBlank()) {
			where.andAll("(coalesce(p.latin_surname, '') || ' ' || coalesce(p.latin_given_name, '')) ilike ?",
					"%" + escape(q.latinName().strip()) + "%");
		}
		where.and("p.birth_date >= ?", q.birthFrom());
		where.and("p.birth_date <= ?", q.birthTo());
		where.and("p.sex = ?", q.sex());
		where.and("p.nationality = ?", q.nationality());
		where.and("p.region_code like ?", q.regionCode() == null ? null : likePrefix(q.regionCode()));
		where.and("p.venue_id = ?", q.venueId());
		where.and("v.station_unit_id in (select u.id from org_unit u where u.path like"
				+ " (select o.path from org_unit o where o.id = ?) || '%')", q.unitId());
		where.and("r.trade = ?", q.trade());
		where.and("r.kind = ?", q.kind());
		return where;
	}

	private static void name(Where where, PartyQuery q) {
		if (q.name() == null || q.name().isEmpty()) {
			return;
		}
		switch (q.nameMatch()) {
			case EXACT -> where.andAll("p.name = ?", q.name());
			// Substring for parts ("伟" in 张伟), similarity (pg_trgm, default threshold 0.3) for near misses.
			case FUZZY -> where.andAll("(p.name like ? or p.name % ?)", "%" + escape(q.name()) + "%", q.name());
			case HOMOPHONE -> where.andAll((q.fuzzySound() ? "p.fuzzy" : "p.pinyin") + " && cast(? as varchar[])",
					(Object) q.nameKeys().toArray(String[]::new));
		}
	}

	private static String likePrefix(String value) {
		return escape(value) + "%";
	}

	/** Makes % and _ typed by a user literal in a like pattern. */
	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
