package io.zhian.watch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The in-memory comparison index: every active watch entry under each of its keys, so comparing a record is
 * a few hash lookups. Entries entered one by one change one at a time; an imported list's active version is
 * built aside and swapped in whole, so a comparison sees the old version or the new one, never a mixture.
 * Reads take no lock; writes are serialised.
 */
final class WatchIndex {

	private static final WatchHit[] NONE = {};

	private final ConcurrentHashMap<String, WatchHit[]> single = new ConcurrentHashMap<>();
	private final Map<Long, List<String>> singleKeys = new HashMap<>();
	private volatile Map<Long, ListKeys> lists = Map.of();

	/** The keys of one imported list version. */
	record ListKeys(long versionId, Map<String, WatchHit[]> keys) {

		int size() {
			return keys.size();
		}
	}

	/** Builds a list version's keys aside, before {@link #replaceList} swaps them in. */
	static final class ListBuilder {

		private final long versionId;
		private final HashMap<String, WatchHit[]> keys;

		ListBuilder(long versionId, int expectedEntries) {
			this.versionId = versionId;
			this.keys = new HashMap<>(Math.max(16, expectedEntries * 4 / 3 + 1));
		}

		void add(WatchHit hit, List<String> entryKeys) {
			for (String key : entryKeys) {
				keys.merge(key, new WatchHit[] { hit }, WatchIndex::concat);
			}
		}

		ListKeys build() {
			return new ListKeys(versionId, keys);
		}
	}

	/** Puts (or replaces) a single entry under its keys. */
	synchronized void put(WatchHit hit, List<String> keys) {
		remove(hit.entryId());
		WatchHit[] one = { hit };
		for (String key : keys) {
			single.merge(key, one, WatchIndex::concat);
		}
		singleKeys.put(hit.entryId(), List.copyOf(keys));
	}

	/** Takes a single entry out; nothing happens when it is not in. */
	synchronized void remove(long entryId) {
		List<String> keys = singleKeys.remove(entryId);
		if (keys == null) {
			return;
		}
		for (String key : keys) {
			single.computeIfPresent(key, (k, hits) -> {
				WatchHit[] kept = Arrays.stream(hits).filter(h -> h.entryId() != entryId).toArray(WatchHit[]::new);
				return kept.length == 0 ? null : kept;
			});
		}
	}

	synchronized void replaceList(long listId, ListKeys version) {
		Map<Long, ListKeys> next = new HashMap<>(lists);
		next.put(listId, version);
		lists = Map.copyOf(next);
	}

	synchronized void dropList(long listId) {
		Map<Long, ListKeys> next = new HashMap<>(lists);
		next.remove(listId);
		lists = Map.copyOf(next);
	}

	/** The version of a list the index holds, or null. */
	Long listVersion(long listId) {
		ListKeys keys = lists.get(listId);
		return keys == null ? null : keys.versionId();
	}

	/** Hands every entry valid at {@code epochMillis} found under {@code key} to {@code hits}. */
	void find(String key, long epochMillis, Consumer<WatchHit> hits) {
		if (key == null) {
			return;
		}
		emit(single.getOrDefault(key, NONE), epochMillis, hits);
		for (ListKeys list : lists.values()) {
			emit(list.keys().getOrDefault(key, NONE), epochMillis, hits);
		}
	}

	/** How many keys the index holds, single entries and lists together. */
	int size() {
		return single.size() + lists.values().stream().mapToInt(ListKeys::size).sum();
	}

	private static void emit(WatchHit[] found, long epochMillis, Consumer<WatchHit> hits) {
		for (WatchHit hit : found) {
			if (hit.validAt(epochMillis)) {
				hits.accept(hit);
			}
		}
	}

	private static WatchHit[] concat(WatchHit[] a, WatchHit[] b) {
		WatchHit[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
