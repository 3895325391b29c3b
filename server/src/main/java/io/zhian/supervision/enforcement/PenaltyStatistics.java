package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.reference.CodeTables;

/**
 * Penalty statistics (处罚统计) by period and by type or district: how many decisions and what amount, within
 * the reader's data scope, one aggregate query. Periods are calendar months, quarters or years of the decision
 * day, written as the statistics module writes them (2026-11, 2026-Q4, 2026).
 */
@Service
public class PenaltyStatistics {

	/** How long a window may be: penalties are few, but a window must still be bounded. */
	static final int MAX_YEARS = 10;

	public enum Period {
		MONTH("YYYY-MM"), QUARTER("YYYY-\"Q\"Q"), YEAR("YYYY");

		private final String format;

		Period(String format) {
			this.format = format;
		}
	}

	public enum Grouping {
		/** By penalty type (处罚种类). */
		TYPE("p.penalty_type", "null"),
		/** By district bureau (分局); penalties of the city bureau itself under its own name. */
		DISTRICT("coalesce(d.code, ju.code)", "coalesce(d.name, ju.name)");

		private final String codeSql;
		private final String nameSql;

		Grouping(String codeSql, String nameSql) {
			this.codeSql = codeSql;
			this.nameSql = nameSql;
		}
	}

	public record Row(String period, String code, String name, long count, BigDecimal amount) {
	}

	public record Table(LocalDate from, LocalDate to, Period period, Grouping groupBy, List<Row> rows, long count,
			BigDecimal amount) {
	}

	private final JdbcClient jdbc;
	private final CodeTables codes;
	private final AuditTrail audit;

	PenaltyStatistics(JdbcClient jdbc, CodeTables codes, AuditTrail audit) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.audit = audit;
	}

	@Transactional
	public Table of(Actor actor, LocalDate from, LocalDate to, Period period, Grouping groupBy, Locale locale) {
		if (from == null || to == null || period == null || groupBy == null || to.isBefore(from)
				|| to.isAfter(from.plusYears(MAX_YEARS))) {
			throw new ZhianException(ErrorCode.PENALTY_STATISTICS_INVALID,
					AuditRecord.criteria("from", from, "to", to, "period", period, "groupBy", groupBy));
		}
		SqlCondition visible = actor.dataScope().units("p.jurisdiction_unit_id");
		List<Object> params = new ArrayList<>(visible.params());
		params.add(Date.valueOf(from));
		params.add(Date.valueOf(to));
		String sql = "select to_char(p.decided_on, '" + period.format + "') as period, " + groupBy.codeSql
				+ " as code, " + groupBy.nameSql + " as name, count(*) as n, coalesce(sum(p.amount), 0) as amount"
				+ Penalties.FROM + " where " + visible.sql() + " and p.decided_on between ? and ?"
				+ " group by 1, 2, 3 order by 1, 2";
		List<Row> rows = jdbc.sql(sql).params(params)
			.query((rs, n) -> new Row(rs.getString("period"), rs.getString("code"),
					name(groupBy, rs.getString("code"), rs.getString("name"), locale), rs.getLong("n"),
					rs.getBigDecimal("amount")))
			.list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "PenaltyStatistics", null,
				AuditRecord.criteria("from", from, "to", to, "period", period, "groupBy", groupBy)));
		return new Table(from, to, period, groupBy, rows, rows.stream().mapToLong(Row::count).sum(),
				rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private String name(Grouping groupBy, String code, String name, Locale locale) {
		if (groupBy != Grouping.TYPE) {
			return name;
		}
		return codes.find(PenaltyTypes.TABLE, code)
			.map(e -> "en".equals(locale.getLanguage()) && e.nameEn() != null ? e.nameEn() : e.name())
			.orElse(code);
	}
}
