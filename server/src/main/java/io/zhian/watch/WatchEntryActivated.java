package io.zhian.watch;

/** An entry became active (saved by a station or district, or approved for the city): reverse lookup follows. */
public record WatchEntryActivated(long entryId) {
}
