package io.zhian.watch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.record.RecordSubjects;

/**
 * Compares one stored record's people, vehicles and items with every active watch entry through the
 * in-memory index, and raises an alarm for each hit. The dedupe key names the entry, the record and the
 * subject, so comparing the same record again (after a crash, or by reverse lookup) raises nothing new.
 */
@Component
class RecordComparator {

	private final WatchIndexSync sync;
	private final AlarmRaiser alarms;
	private final WatchCategories categories;
	private final Clock clock;

	RecordComparator(WatchIndexSync sync, AlarmRaiser alarms, WatchCategories categories, Clock clock) {
		this.sync = sync;
		this.alarms = alarms;
		this.categories = categories;
		this.clock = clock;
	}

	/** A subject of a record found under a watch entry's key. */
	record Match(WatchHit hit, String subjectType, int position, String documentType, String documentNumber,
			String name, String value) {
	}

	/** The matches of one record; no alarm is raised. */
	List<Match> matches(RecordSubjects record) {
		return matches(sync.index(), record, clock.millis());
	}

	/** The matches of one record in {@code index} at {@code now} (epoch milliseconds). */
	static List<Match> matches(WatchIndex index, RecordSubjects record, long now) {
		List<Match> found = new ArrayList<>();
		for (RecordSubjects.Person p : record.parties()) {
			for (String key : new String[] { WatchKeys.document(p.documentType(), p.documentNumber()),
					WatchKeys.nameAndBirth(p.name(), p.birthDate()), WatchKeys.phone(p.phone()) }) {
				index.find(key, now, hit -> found.add(new Match(hit, hit.type() == TargetType.PHONE ? "PHONE"
						: "PERSON", p.position(), p.documentType(), p.documentNumber(), p.name(),
						hit.type() == TargetType.PHONE ? p.phone() : null)));
			}
		}
		for (RecordSubjects.Vehicle v : record.vehicles()) {
			index.find(WatchKeys.plate(v.plate()), now,
					hit -> found.add(new Match(hit, "VEHICLE", v.position(), null, null, null, v.plate())));
			index.find(WatchKeys.vin(v.vin()), now,
					hit -> found.add(new Match(hit, "VEHICLE", v.position(), null, null, null, v.vin())));
		}
		for (RecordSubjects.Item i : record.items()) {
			for (String key : new String[] { WatchKeys.imei(i.imei()), WatchKeys.serial(i.serialNumber()),
					WatchKeys.described(i.category(), i.description()) }) {
				index.find(key, now, hit -> found.add(new Match(hit, "ITEM", i.position(), null, null, null,
						i.imei() != null ? i.imei() : i.serialNumber() != null ? i.serialNumber() : i.description())));
			}
		}
		return found;
	}

	/** Compares and raises; answers how many new alarms were raised. */
	int compare(RecordSubjects record) {
		int raised = 0;
		for (Match match : matches(record)) {
			if (raise(record, match, false)) {
				raised++;
			}
		}
		return raised;
	}

	/** Raises the alarm of one match; false when it had been raised before. */
	boolean raise(RecordSubjects record, Match match, boolean retrospective) {
		WatchHit hit = match.hit();
		String dedupe = "watch:" + hit.entryId() + ":record:" + record.recordId() + ":" + match.subjectType() + ":"
				+ match.position();
		String summary = categories.name(hit.category()) + " " + (match.name() != null ? match.name() : match.value())
				+ " 出现于 " + record.venueName() + (retrospective ? "（倒查）" : "");
		return alarms.raise(new AlarmRequest(AlarmKind.WATCH_HIT, hit.level(), dedupe, record.venueId(),
				record.recordId(), record.occurredAt(), match.subjectType(), match.documentType(),
				match.documentNumber(), match.name(), match.value(), hit.entryId(), hit.category(), hit.owningUnitId(),
				retrospective, summary)).isPresent();
	}
}
