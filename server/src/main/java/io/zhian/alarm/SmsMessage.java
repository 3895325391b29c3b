package io.zhian.alarm;

/**
 * One text message about an alarm.
 *
 * @param unitId the unit whose duty officer receives it
 * @param recipient the duty officer's name, null when the unit has none registered
 * @param phone the mobile number, null when the unit has no duty officer registered (the message is still kept,
 * so that an administrator sees who was not reached)
 */
public record SmsMessage(long alarmId, Long unitId, String recipient, String phone, String text) {
}
