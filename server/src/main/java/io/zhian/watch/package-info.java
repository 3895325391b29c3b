/**
 * Watch lists (布控): entries of persons, vehicles, items and phone numbers entered by police or imported as
 * named lists in versions, approved for the whole city, withdrawn (撤控) or expired; every stored record compared
 * at once against all active entries through an in-memory index (比对报警), identity-consistency and
 * high-risk-region checks, and reverse lookup (倒查) of past records. Hits are raised through
 * {@link io.zhian.alarm.AlarmRaiser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watch lists")
package io.zhian.watch;
