package io.zhian.alarm;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * The publish switch (发布开关) of intelligence results: by default every alarm is published at once; a rule
 * (kind, category or {@code *}) holds the matching alarms for review, where a reviewer releases or suppresses
 * them. Rules live in the database so that every node applies the same ones and administrators change them
 * without a restart.
 */
@Component
class PublishSwitch {

	/** One rule: alarms of {@code kind} and {@code category} ({@code *} for any) wait for review. */
	record Rule(String kind, String category) {
	}

	static final String ANY = "*";

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	PublishSwitch(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	boolean needsReview(AlarmKind kind, String category) {
		return jdbc.sql("select exists (select 1 from alarm_review_rule where kind = ? and category in ('*', ?))")
			.params(kind.name(), category == null ? ANY : category)
			.query(Boolean.class).single();
	}

	List<Rule> rules() {
		return jdbc.sql("select kind, category from alarm_review_rule order by kind, category")
			.query((rs, row) -> new Rule(rs.getString("kind"), rs.getString("category"))).list();
	}

	/** Replaces every rule; refuses an unknown kind with ZA-8109 and changes nothing. */
	@Transactional
	List<Rule> replace(List<Rule> rules) {
		List<Rule> clean = rules.stream().map(PublishSwitch::checked).distinct().toList();
		jdbc.sql("delete from alarm_review_rule").update();
		clean.forEach(rule -> jdbc.sql("insert into alarm_review_rule (kind, category) values (?, ?)")
			.params(rule.kind(), rule.category()).update());
		audit.record(AuditRecord.success(AuditAction.UPDATE, "AlarmReviewRules", null, clean.toString()));
		return rules();
	}

	private static Rule checked(Rule rule) {
		String kind = rule.kind() == null ? "" : rule.kind().strip();
		try {
			AlarmKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new ZhianException(ErrorCode.ALARM_REVIEW_RULE_INVALID, kind + "/" + rule.category());
		}
		String category = rule.category() == null || rule.category().isBlank() ? ANY : rule.category().strip();
		if (category.length() > 32) {
			throw new ZhianException(ErrorCode.ALARM_REVIEW_RULE_INVALID, kind + "/" + category);
		}
		return new Rule(kind, category);
	}
}
