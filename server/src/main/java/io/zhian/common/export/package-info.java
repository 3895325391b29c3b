/** Result lists as Excel workbooks, for every module's exports. */
@org.springframework.modulith.NamedInterface("export")
package io.zhian.common.export;
