package io.zhian.alarm;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/** Alarm administration: duty officers' phones, the SMS outbox, the publish switch's rules. */
@RestController
@RequestMapping("/api/v1/alarms")
@Tag(name = "alarms")
class AlarmAdminController {

	private static final String ADMINS = "hasAuthority('ALARM_ADMIN')";

	private final DutyOfficers duties;
	private final SmsOutbox outbox;
	private final PublishSwitch publishSwitch;
	private final AuditTrail audit;

	AlarmAdminController(DutyOfficers duties, SmsOutbox outbox, PublishSwitch publishSwitch, AuditTrail audit) {
		this.duties = duties;
		this.outbox = outbox;
		this.publishSwitch = publishSwitch;
		this.audit = audit;
	}

	@GetMapping("/duty-officers")
	@PreAuthorize(ADMINS)
	@Operation(summary = "The duty officer (值班民警) of every unit that has one")
	List<DutyOfficers.Duty> dutyOfficers() {
		return duties.all();
	}

	@PutMapping("/duty-officers/{unitId}")
	@PreAuthorize(ADMINS)
	@Operation(summary = "Set a unit's duty officer, who receives its alarms (and its escalations) by SMS")
	DutyOfficers.Duty setDutyOfficer(@PathVariable long unitId, @RequestBody DutyOfficers.Change change) {
		return duties.set(CurrentActor.require(), unitId, change);
	}

	@GetMapping("/sms-outbox")
	@PreAuthorize(ADMINS)
	@Operation(summary = "The SMS messages the default gateway kept, newest first (optionally of one alarm)")
	Paged<SmsOutbox.Sms> smsOutbox(@RequestParam(required = false) Long alarmId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		Paged<SmsOutbox.Sms> found = outbox.list(alarmId, paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "AlarmSms", null,
				AuditRecord.criteria("alarmId", alarmId) + ", page=" + paging.page()));
		return found;
	}

	@GetMapping("/review-rules")
	@PreAuthorize(ADMINS)
	@Operation(summary = "The publish switch (发布开关): kinds and categories whose alarms wait for review")
	List<PublishSwitch.Rule> reviewRules() {
		return publishSwitch.rules();
	}

	@PutMapping("/review-rules")
	@PreAuthorize(ADMINS)
	@Operation(summary = "Replace the publish switch's rules; an empty list publishes every alarm at once")
	List<PublishSwitch.Rule> setReviewRules(@RequestBody List<PublishSwitch.Rule> rules) {
		return publishSwitch.replace(rules);
	}
}
