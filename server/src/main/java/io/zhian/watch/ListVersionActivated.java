package io.zhian.watch;

/** A newly imported list version replaced the old one: reverse lookup of the new version follows. */
public record ListVersionActivated(long listId, long versionId) {
}
