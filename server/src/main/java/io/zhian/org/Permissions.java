package io.zhian.org;

/**
 * The permissions roles grant. They are Spring Security authorities, checked with
 * {@code @PreAuthorize("hasAuthority('…')")}; a role's set lives in {@code org_role_permission}.
 */
public final class Permissions {

	public static final String ORG_READ = "ORG_READ";
	public static final String ORG_MANAGE = "ORG_MANAGE";
	public static final String USER_READ = "USER_READ";
	public static final String USER_MANAGE = "USER_MANAGE";
	public static final String AUDIT_READ = "AUDIT_READ";
	public static final String AUDIT_VERIFY = "AUDIT_VERIFY";
	public static final String VENUE_READ = "VENUE_READ";
	/** See document and phone numbers unmasked (full view is itself audited). */
	public static final String PERSONAL_DATA_FULL_VIEW = "PERSONAL_DATA_FULL_VIEW";
	public static final String ENTERPRISE_PORTAL = "ENTERPRISE_PORTAL";
	/** Review venue filings and key-field changes; suspend, reopen, cancel; enter venues directly (police). */
	public static final String VENUE_REVIEW = "VENUE_REVIEW";
	/** Search the staff (从业人员) of the venues within scope, minors included (police). */
	public static final String STAFF_READ = "STAFF_READ";
	/** Submit, end and amend the own venue's records; the only permission of a venue system's API key. */
	public static final String RECORD_SUBMIT = "RECORD_SUBMIT";
	/** Read records within the data scope. */
	public static final String RECORD_READ = "RECORD_READ";
	/** Cross-tab statistics and industry reports over the records within the data scope (police). */
	public static final String STATS_READ = "STATS_READ";
	/** See upload compliance within the data scope and send venues reminders (police). */
	public static final String COMPLIANCE_READ = "COMPLIANCE_READ";
	/** Run the daily compliance evaluation for a chosen day again (administrators). */
	public static final String COMPLIANCE_EVALUATE = "COMPLIANCE_EVALUATE";
	/** See the watch entries and imported lists within scope, and city-wide ones (police). */
	public static final String WATCH_READ = "WATCH_READ";
	/** Enter and withdraw watch entries (布控, 撤控) for the own unit (police). */
	public static final String WATCH_MANAGE = "WATCH_MANAGE";
	/** Approve city-wide watch entries and import city-wide lists (city bureau). */
	public static final String WATCH_APPROVE = "WATCH_APPROVE";
	/** See the alarms routed to the units within the data scope (police). */
	public static final String ALARM_READ = "ALARM_READ";
	/** Sign for, handle, answer, close and reassign those alarms (police). */
	public static final String ALARM_HANDLE = "ALARM_HANDLE";
	/** Monthly alarm reports and handling times within the data scope (police). */
	public static final String ALARM_REPORT = "ALARM_REPORT";
	/** Release or suppress alarms that the publish switch holds for review (发布开关审核). */
	public static final String ALARM_REVIEW = "ALARM_REVIEW";
	/** Duty officers' phones, the SMS outbox and the publish-switch rules (administrators). */
	public static final String ALARM_ADMIN = "ALARM_ADMIN";
	/** Acknowledge (签收) the suspicious-situation reports of the venues within scope (police). */
	public static final String SUSPICION_HANDLE = "SUSPICION_HANDLE";
	/** Publish and revoke bulletins and messages (协查通报, 消息发布) and see who read and replied (police). */
	public static final String BULLETIN_PUBLISH = "BULLETIN_PUBLISH";
	/** See inspections, rectifications, penalties, cases and the station archive (一所一档) within scope (police). */
	public static final String SUPERVISION_READ = "SUPERVISION_READ";
	/** Inspect venues, issue and accept rectification notices, assign inspection tasks (police). */
	public static final String INSPECTION_MANAGE = "INSPECTION_MANAGE";
	/** Edit inspection templates and the inspection frequency each grade requires (city bureau). */
	public static final String INSPECTION_CONFIGURE = "INSPECTION_CONFIGURE";
	/** Record, edit and delete penalties (处罚) within scope (police). */
	public static final String PENALTY_MANAGE = "PENALTY_MANAGE";
	/** Register cases (发案) within scope; edit and delete those of the own unit (police). */
	public static final String CASE_MANAGE = "CASE_MANAGE";

	/**
	 * Powers over the system itself. Only someone who holds one may grant a role that carries it, so no
	 * administrator can create a user more powerful than themselves.
	 */
	public static final java.util.Set<String> ADMINISTRATIVE = java.util.Set.of(ORG_MANAGE, USER_MANAGE, AUDIT_READ,
			AUDIT_VERIFY);

	/** Every permission, for the built-in system user that sets an installation up. */
	public static final java.util.Set<String> ALL = java.util.Set.of(ORG_READ, ORG_MANAGE, USER_READ, USER_MANAGE,
			AUDIT_READ, AUDIT_VERIFY, VENUE_READ, PERSONAL_DATA_FULL_VIEW, ENTERPRISE_PORTAL, VENUE_REVIEW, STAFF_READ,
			RECORD_SUBMIT, RECORD_READ, STATS_READ, COMPLIANCE_READ,
			COMPLIANCE_EVALUATE, WATCH_READ, WATCH_MANAGE, WATCH_APPROVE,
			ALARM_READ, ALARM_HANDLE, ALARM_REPORT, ALARM_REVIEW, ALARM_ADMIN, SUSPICION_HANDLE,
			BULLETIN_PUBLISH, SUPERVISION_READ, INSPECTION_MANAGE, INSPECTION_CONFIGURE, PENALTY_MANAGE, CASE_MANAGE);

	private Permissions() {
	}
}
