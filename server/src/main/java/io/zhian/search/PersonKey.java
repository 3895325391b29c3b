package io.zhian.search;

/** A person as records know them (DESIGN §4): document type and the normalised document number. */
public record PersonKey(String documentType, String documentNumber) {
}
