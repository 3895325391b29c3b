package io.zhian.supervision.enforcement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.zhian.reference.CodeEntry;
import io.zhian.reference.CodeTables;

/**
 * The {@code penalty-type} code table (行政处罚法 art. 9, 治安管理处罚法 art. 10) read for its rules: whether a type
 * carries an amount ({@code attributes.amount}: REQUIRED, OPTIONAL, NONE) and on whom it can be imposed
 * ({@code attributes.subjects}). A local entry without attributes takes an optional amount and any subject.
 */
@Component
class PenaltyTypes {

	static final String TABLE = "penalty-type";

	enum AmountRule {
		REQUIRED, OPTIONAL, NONE
	}

	private final CodeTables codes;

	PenaltyTypes(CodeTables codes) {
		this.codes = codes;
	}

	Optional<CodeEntry> find(String code) {
		return codes.find(TABLE, code);
	}

	static AmountRule amount(CodeEntry type) {
		Object rule = type.attributes().get("amount");
		return rule == null ? AmountRule.OPTIONAL : AmountRule.valueOf(rule.toString());
	}

	static boolean allows(CodeEntry type, PenaltySubject subject) {
		return !(type.attributes().get("subjects") instanceof List<?> subjects) || subjects.contains(subject.name());
	}
}
