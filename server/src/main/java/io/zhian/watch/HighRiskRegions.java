package io.zhian.watch;

import org.springframework.stereotype.Component;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmLevel;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.record.RecordSubjects;

/** 高危地区预警: a party whose region code starts with a configured prefix raises a low-level warning. */
@Component
class HighRiskRegions {

	private final WatchProperties properties;
	private final AlarmRaiser alarms;

	HighRiskRegions(WatchProperties properties, AlarmRaiser alarms) {
		this.properties = properties;
		this.alarms = alarms;
	}

	void check(RecordSubjects record) {
		for (RecordSubjects.Person party : record.parties()) {
			String region = party.regionCode();
			if (region == null || properties.highRiskRegions().stream().noneMatch(region::startsWith)) {
				continue;
			}
			alarms.raise(new AlarmRequest(AlarmKind.HIGH_RISK_REGION, AlarmLevel.LOW,
					"region:record:" + record.recordId() + ":party:" + party.position(), record.venueId(),
					record.recordId(), record.occurredAt(), "PERSON", party.documentType(), party.documentNumber(),
					party.name(), region, null, "HIGH_RISK_REGION", null, false,
					"高危地区人员 " + party.name() + "（" + region + "）到达 " + record.venueName()));
		}
	}
}
