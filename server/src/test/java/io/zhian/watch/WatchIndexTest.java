package io.zhian.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhian.alarm.AlarmLevel;

/** The comparison index and its keys, without a database. */
class WatchIndexTest {

	private static WatchHit hit(long id, long validUntil) {
		return new WatchHit(id, TargetType.PERSON, "FUGITIVE", AlarmLevel.HIGH, 1, validUntil, "张三");
	}

	private static List<Long> found(WatchIndex index, String key, long at) {
		List<Long> ids = new ArrayList<>();
		index.find(key, at, hit -> ids.add(hit.entryId()));
		return ids;
	}

	@Test
	void aSingleEntryIsFoundUnderEachKeyUntilRemoved() {
		WatchIndex index = new WatchIndex();
		Target target = new Target(TargetType.PERSON, "111", "500103199001010012", "张三", null, null, null, null, null,
				null, null, "13812345678");
		index.put(hit(7, Long.MAX_VALUE), target.keys());

		assertThat(found(index, WatchKeys.document("111", "500103199001010012"), 0)).containsExactly(7L);
		assertThat(found(index, WatchKeys.phone("+86 138-1234-5678"), 0)).containsExactly(7L);
		assertThat(found(index, WatchKeys.document("414", "500103199001010012"), 0)).isEmpty();

		index.remove(7);
		assertThat(found(index, WatchKeys.document("111", "500103199001010012"), 0)).isEmpty();
		assertThat(index.size()).isZero();
	}

	@Test
	void anEntryPastItsValidityNoLongerMatches() {
		WatchIndex index = new WatchIndex();
		index.put(hit(1, 1_000), List.of("Dk"));
		assertThat(found(index, "Dk", 999)).containsExactly(1L);
		assertThat(found(index, "Dk", 1_000)).isEmpty();
	}

	@Test
	void aListVersionIsSwappedInWhole() {
		WatchIndex index = new WatchIndex();
		WatchIndex.ListBuilder first = new WatchIndex.ListBuilder(10, 2);
		first.add(hit(1, Long.MAX_VALUE), List.of("Da"));
		first.add(hit(2, Long.MAX_VALUE), List.of("Db"));
		index.replaceList(5, first.build());
		WatchIndex.ListBuilder second = new WatchIndex.ListBuilder(11, 1);
		second.add(hit(3, Long.MAX_VALUE), List.of("Db"));
		index.replaceList(5, second.build());

		assertThat(index.listVersion(5)).isEqualTo(11L);
		assertThat(found(index, "Da", 0)).isEmpty();
		assertThat(found(index, "Db", 0)).containsExactly(3L);
		index.dropList(5);
		assertThat(found(index, "Db", 0)).isEmpty();
	}

	@Test
	void keysIgnoreHowPlatesSerialsAndPhonesAreWritten() {
		assertThat(WatchKeys.plate("渝a·12345")).isEqualTo(WatchKeys.plate("渝A 12345"));
		assertThat(WatchKeys.serial(" sn-001 ")).isEqualTo(WatchKeys.serial("SN001"));
		assertThat(WatchKeys.phone("8613812345678")).isEqualTo(WatchKeys.phone("138 1234 5678"));
		assertThat(WatchKeys.plate("1")).isNotEqualTo(WatchKeys.serial("1"));
		assertThat(WatchKeys.nameAndBirth("张三", LocalDate.of(1990, 1, 1))).isEqualTo("N张三|1990-01-01");
		Target item = new Target(TargetType.ITEM, null, null, null, null, null, null, null, null, "PHONE", "金色手机",
				null);
		assertThat(item.keys()).containsExactly(WatchKeys.described("PHONE", "金色手机"));
	}
}
