package io.zhian.reference;

/** 代码对照: a code of another (often legacy) system standing for a standard code of a table. */
public record CodeMapping(String system, String legacyCode, String code) {
}
