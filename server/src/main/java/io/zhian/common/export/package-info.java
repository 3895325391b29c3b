/**
 * Result lists as xlsx downloads, for every module that lists results: a named interface of the common kernel,
 * since Spring Modulith exposes only a module's top-level package by default.
 */
@org.springframework.modulith.NamedInterface("export")
package io.zhian.common.export;
