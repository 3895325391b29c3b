/**
 * Suspicious-situation reports (可疑情况上报): an enterprise user reports a suspicious person, vehicle, item or
 * situation, with photos and optionally the record it concerns; the police of the venue's station see and
 * acknowledge (签收) them. Owns {@code suspicion_report}; reads {@code venue} and {@code record_key} in SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suspicious-situation reports")
package io.zhian.suspicion;
