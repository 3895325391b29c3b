/**
 * Upload compliance (建设运行管理, 上传监控): whether each venue reports as it must. A daily job stores, per venue
 * and day, its record count against its minimum, no-upload days and delayed uploads; police see lists, trends
 * and summaries within their scope, set minimums and send reminders that venues acknowledge in their portal.
 * Reads {@code record} and {@code venue} in SQL (as {@code venue} reads {@code org_unit}); nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Upload compliance")
package io.zhian.compliance;
