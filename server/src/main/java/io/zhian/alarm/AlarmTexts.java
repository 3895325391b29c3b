package io.zhian.alarm;

import org.springframework.stereotype.Component;

/** Sends the SMS about an alarm to the duty officer of a unit (or keeps it unsent when there is none). */
@Component
class AlarmTexts {

	private final DutyOfficers duties;
	private final SmsGateway gateway;

	AlarmTexts(DutyOfficers duties, SmsGateway gateway) {
		this.duties = duties;
		this.gateway = gateway;
	}

	/** Tells the unit's duty officer about the alarm; {@code why} is e.g. 新报警 or 超时未签收. */
	void tell(Long unitId, long alarmId, AlarmLevel level, String summary, String why) {
		if (unitId == null) {
			return;
		}
		String text = "【治安】" + why + " #" + alarmId + " " + levelName(level) + " " + summary + "，请登录系统签收处置。";
		duties.of(unitId).ifPresentOrElse(
				duty -> gateway.send(new SmsMessage(alarmId, unitId, duty.officerName(), duty.phone(), text)),
				() -> gateway.send(new SmsMessage(alarmId, unitId, null, null, text)));
	}

	private static String levelName(AlarmLevel level) {
		return switch (level) {
			case URGENT -> "[紧急]";
			case HIGH -> "[高]";
			case MEDIUM -> "[中]";
			case LOW -> "[低]";
		};
	}

}
