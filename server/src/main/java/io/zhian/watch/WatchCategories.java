package io.zhian.watch;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.zhian.alarm.AlarmLevel;
import io.zhian.reference.CodeEntry;
import io.zhian.reference.CodeTables;

/** The {@code watch-category} code table: which categories exist and the alarm level a hit of each raises. */
@Component
class WatchCategories {

	static final String TABLE = "watch-category";

	private final CodeTables tables;

	WatchCategories(CodeTables tables) {
		this.tables = tables;
	}

	Optional<CodeEntry> find(String code) {
		return tables.find(TABLE, code).filter(entry -> !entry.retired());
	}

	/** The level of a hit; MEDIUM for a local category added without one. */
	AlarmLevel level(String code) {
		Object level = tables.find(TABLE, code).map(entry -> entry.attributes().get("alarmLevel")).orElse(null);
		return level == null ? AlarmLevel.MEDIUM : AlarmLevel.valueOf(level.toString());
	}

	String name(String code) {
		return tables.find(TABLE, code).map(CodeEntry::name).orElse(code);
	}
}
