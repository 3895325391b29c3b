/**
 * The tamper-evident audit trail (审计): one append-only row per login, logout, lockout, password change,
 * write, permission change and personal-data read or export, each SM3-chained to the one before.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.zhian.audit;
