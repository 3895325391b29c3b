/**
 * Result lists as xlsx, for every module's exports: a named interface of the common kernel, so other modules
 * may use it.
 */
@org.springframework.modulith.NamedInterface("export")
package io.zhian.common.export;
