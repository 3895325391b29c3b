package io.zhian.stats;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.zhian.reference.CodeTables;
import io.zhian.trade.RecordKind;
import io.zhian.trade.TradeProfile;
import io.zhian.trade.TradeProfiles;

/**
 * Names the keys the database holds only as codes (trade, kind, category, sex, age band, province), in the
 * caller's language; units and venues come named from their tables, days and months are their own names.
 */
@Component
class KeyLabels {

	private final CodeTables codes;
	private final TradeProfiles trades;

	KeyLabels(CodeTables codes, TradeProfiles trades) {
		this.codes = codes;
		this.trades = trades;
	}

	String name(Dimension dimension, String code, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		if (code == null || code.isEmpty()) {
			return english ? "not given" : "未填";
		}
		return switch (dimension) {
			case TRADE -> codeName(CodeTables.TRADE, code, english);
			case SEX -> codeName(CodeTables.SEX, code, english);
			case REGION -> codeName(CodeTables.REGION, code, english);
			case KIND -> kind(code, english);
			case CATEGORY -> GuestCategory.valueOf(code).label(english);
			case AGE_BAND -> AgeBand.valueOf(code).label();
			default -> code;
		};
	}

	private String codeName(String table, String code, boolean english) {
		return codes.find(table, code)
			.map(entry -> english && entry.nameEn() != null ? entry.nameEn() : entry.name())
			.orElse(code);
	}

	/** A kind's label from the first trade that declares it (kinds of different trades have different codes). */
	private String kind(String code, boolean english) {
		for (TradeProfile profile : trades.all()) {
			for (RecordKind kind : profile.kinds()) {
				if (kind.code().equals(code)) {
					return english ? kind.labelEn() : kind.labelZh();
				}
			}
		}
		return code;
	}
}
