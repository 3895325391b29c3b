package io.zhian.search;

/** How a searched name is compared with stored names. */
public enum NameMatch {
	/** The normalised name as stored. */
	EXACT,
	/** A part of the name (like '%…%') or a similar name (pg_trgm similarity). */
	FUZZY,
	/** Sounds the same: a full-pinyin key in common (同音); with fuzzySound, a folded-sound key in common. */
	HOMOPHONE
}
