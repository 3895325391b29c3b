/**
 * The record store and the intake API (业务记录): one regulated event of any trade with its parties, checked
 * against the trade's profile and the national reference rules, stored once (idempotent by the venue's
 * reference) and answered synchronously, in asynchronous lots with per-record results and signed receipts,
 * or as a dry run.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package io.zhian.record;
