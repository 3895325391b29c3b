/**
 * Alarms (报警): raised by other modules (watch-list hits, identity-consistency checks, high-risk-region
 * arrivals, the panic button), routed to the venue's station and responsible officer and to the owning unit of
 * the watch entry, then signed for (签收), handled (处置), answered with feedback (反馈) and closed. The only way
 * in is {@link io.zhian.alarm.AlarmRaiser}; the alarm module depends on no module that raises alarms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alarms")
package io.zhian.alarm;
