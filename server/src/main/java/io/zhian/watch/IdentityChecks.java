package io.zhian.watch;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmLevel;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.common.ErrorCode;
import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;
import io.zhian.record.RecordSubjects;

/**
 * 身份信息比对报警: a stored party whose number has a wrong check character, whose sex or birth date contradicts
 * the number (both stored only when the clerk confirmed the document shows them), or whose person key was seen
 * before with another name. Names seen are kept one row per key and name, so the check is one insert.
 */
@Component
class IdentityChecks {

	private final IdNumbers idNumbers;
	private final JdbcClient jdbc;
	private final AlarmRaiser alarms;

	IdentityChecks(IdNumbers idNumbers, JdbcClient jdbc, AlarmRaiser alarms) {
		this.idNumbers = idNumbers;
		this.jdbc = jdbc;
		this.alarms = alarms;
	}

	void check(RecordSubjects record) {
		for (RecordSubjects.Person party : record.parties()) {
			IdCheck id = idNumbers.check(party.documentType(), party.documentNumber());
			if (!id.valid() && id.reason() == ErrorCode.ID_NUMBER_CHECKSUM) {
				raise(record, party, "checksum", "证件号码校验位错误（应为 " + id.reasonArguments().get(0) + "）");
			}
			if (id.valid() && ((party.sex() != null && id.sex() != null && !party.sex().equals(id.sex()))
					|| (party.birthDate() != null && id.birthDate() != null
							&& !party.birthDate().equals(id.birthDate())))) {
				raise(record, party, "derived", "性别或出生日期与证件号码不符");
			}
			otherNames(record, party);
		}
	}

	private void otherNames(RecordSubjects record, RecordSubjects.Person party) {
		int added = jdbc.sql("""
				insert into watch_person_name (document_type, document_number, name, first_record_id, first_seen_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(party.documentType(), party.documentNumber(), party.name(), record.recordId(), record.occurredAt())
			.update();
		if (added == 0) {
			return;
		}
		List<String> others = jdbc.sql("""
				select name from watch_person_name where document_type = ? and document_number = ? and name <> ?
				order by first_seen_at limit 3""")
			.params(party.documentType(), party.documentNumber(), party.name()).query(String.class).list();
		if (!others.isEmpty()) {
			alarms.raise(request(record, party, "identity:name:" + party.documentType() + ":"
					+ party.documentNumber() + ":" + party.name(),
					"同一证件号码出现不同姓名：" + party.name() + " / " + String.join("、", others)));
		}
	}

	private void raise(RecordSubjects record, RecordSubjects.Person party, String rule, String what) {
		alarms.raise(request(record, party,
				"identity:" + rule + ":record:" + record.recordId() + ":party:" + party.position(), what));
	}

	private static AlarmRequest request(RecordSubjects record, RecordSubjects.Person party, String dedupe,
			String what) {
		return new AlarmRequest(AlarmKind.IDENTITY, AlarmLevel.MEDIUM, dedupe, record.venueId(), record.recordId(),
				record.occurredAt(), "PERSON", party.documentType(), party.documentNumber(), party.name(), null, null,
				null, null, false, Objects.requireNonNullElse(party.name(), "") + " " + what + "，" + record.venueName());
	}
}
