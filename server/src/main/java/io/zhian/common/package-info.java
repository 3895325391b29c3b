/**
 * Shared kernel: the numbered error model, paging, and the acting user every module audits and scopes by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common kernel")
package io.zhian.common;
