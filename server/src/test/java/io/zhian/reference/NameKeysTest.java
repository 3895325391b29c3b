package io.zhian.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

	/** Built once: reading the character table is the costly part, and the class is immutable afterwards. */
	private static final NameKeys NAMES = new NameKeys();

	enum Match {
		/** Same full pinyin: a homophone search finds one from the other (同音). */
		PINYIN,
		/** Different pinyin, same fuzzy key: only a fuzzy-sound search finds one from the other. */
		FUZZY,
		/** Not even the fuzzy keys meet. */
		NONE
	}

	@ParameterizedTest(name = "{0} ~ {1}: {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			# Homophones: different characters, same sound
			张三        | 章三        | PINYIN | zhang san
			李明        | 黎明        | PINYIN | li ming
			王伟        | 汪伟        | PINYIN | wang wei
			刘洋        | 柳杨        | PINYIN | liu yang
			陈静        | 陈晶        | PINYIN | chen jing
			杨帆        | 杨凡        | PINYIN | yang fan
			赵丽        | 赵莉        | PINYIN | zhao li
			马丽        | 马力        | PINYIN | ma li
			赵四        | 赵思        | PINYIN | zhao si
			孙悟空      | 孙无空      | PINYIN | sun wu kong
			吴京        | 吴晶        | PINYIN | wu jing
			邓超        | 邓潮        | PINYIN | deng chao
			胡歌        | 胡哥        | PINYIN | hu ge
			周迅        | 周讯        | PINYIN | zhou xun
			刘亦菲      | 刘一飞      | PINYIN | liu yi fei
			杨幂        | 杨蜜        | PINYIN | yang mi
			黄渤        | 黄博        | PINYIN | huang bo
			范冰冰      | 樊冰冰      | PINYIN | fan bing bing
			赵本山      | 赵本善      | PINYIN | zhao ben shan
			宋小宝      | 宋晓宝      | PINYIN | song xiao bao
			沈腾        | 沈疼        | PINYIN | shen teng: 沈 as a surname is shen, not chen
			徐峥        | 许峥        | PINYIN | xu zheng: 许 as a surname is xu, not hu
			王芳        | 王方        | PINYIN | wang fang
			# Surname readings
			曾国藩      | 曾国凡      | PINYIN | zeng guo fan
			曾伟        | 增伟        | PINYIN | 曾 as a surname is zeng
			单田芳      | 善田芳      | PINYIN | 单 as a surname is shan
			仇英        | 邱英        | PINYIN | 仇 as a surname is qiu
			覃军        | 秦军        | PINYIN | 覃 as a surname is qin
			覃军        | 谭军        | PINYIN | ... and also tan
			解缙        | 谢晋        | PINYIN | 解 as a surname is xie
			区健        | 欧健        | PINYIN | 区 as a surname is ou
			朴志明      | 票志明      | PINYIN | 朴 as a surname is piao
			查良镛      | 扎良镛      | PINYIN | 查 as a surname is zha
			盖聂        | 葛聂        | PINYIN | 盖 as a surname is ge
			缪杰        | 苗杰        | PINYIN | 缪 as a surname is miao
			翟斌        | 宅斌        | PINYIN | 翟 as a surname is zhai
			乐嘉        | 岳嘉        | PINYIN | 乐 as a surname is yue
			召忠        | 邵忠        | PINYIN | 召 as a surname is shao
			种师道      | 崇师道      | PINYIN | 种 as a surname is chong
			黑明        | 贺明        | PINYIN | 黑 as a surname is he
			秘晓        | 毕晓        | PINYIN | 秘 as a surname is bi
			尉迟恭      | 于迟恭      | PINYIN | compound 尉迟 yu chi
			长孙无忌    | 张孙无忌    | PINYIN | compound 长孙 zhang sun
			万俟卨      | 莫其卨      | PINYIN | compound 万俟 mo qi
			欧阳修      | 欧杨修      | PINYIN | compound 欧阳
			澹台明      | 谭台明      | PINYIN | compound 澹台 tan tai
			司马光      | 斯马光      | PINYIN | compound 司马
			诸葛亮      | 朱葛亮      | PINYIN | compound 诸葛
			上官婉儿    | 尚官婉儿    | PINYIN | compound 上官
			令狐冲      | 凌狐冲      | PINYIN | compound 令狐
			单于飞      | 单雨飞      | PINYIN | 单于 is also read as 单 + 于
			# Polyphonic characters in given names yield every reading
			李长春      | 李常春      | PINYIN | 长 chang
			李长春      | 李涨春      | PINYIN | 长 zhang
			张行        | 张航        | PINYIN | 行 hang
			张行        | 张星        | PINYIN | 行 xing
			何重阳      | 何崇阳      | PINYIN | 重 chong
			吕方        | 旅方        | PINYIN | lv fang
			# Normalisation
			张 三       | 张三        | PINYIN | space between characters
			阿卜杜拉·买买提 | 阿卜杜拉•买买提 | PINYIN | middle dot U+00B7 and bullet U+2022
			艾力.吐尔逊 | 艾力・吐尔逊 | PINYIN | full stop and katakana middle dot
			Zhang San   | 张三        | PINYIN | a Chinese name spelt in pinyin
			JOHN SMITH  | john  smith | PINYIN | foreign names are upper-cased, spaces collapsed
			ZHANG SAN   | ＺＨＡＮＧ　ＳＡＮ | PINYIN | full-width letters and space
			# Fuzzy sounds: only a fuzzy search finds these
			刘德华      | 牛德华      | FUZZY  | l/n
			罗兰        | 罗南        | FUZZY  | l/n
			蓝天        | 南天        | FUZZY  | l/n
			李娜        | 李拉        | FUZZY  | n/l
			张三        | 藏三        | FUZZY  | zh/z
			周杰        | 邹杰        | FUZZY  | zh/z
			张三        | 张山        | FUZZY  | s/sh
			施杰        | 司杰        | FUZZY  | sh/s
			沈冰        | 森冰        | FUZZY  | sh/s
			陈明        | 岑明        | FUZZY  | ch/c
			程明        | 陈明        | FUZZY  | ch/c and eng/en
			成龙        | 陈龙        | FUZZY  | eng/en
			常山        | 缠山        | FUZZY  | ch/c and ang/an
			方明        | 杭明        | FUZZY  | f/h and ang/an
			胡伟        | 付伟        | FUZZY  | h/f
			冯刚        | 恒刚        | FUZZY  | f/h and eng/en
			王林        | 王玲        | FUZZY  | in/ing
			李明        | 李敏        | FUZZY  | ing/in
			孙平        | 孙品        | FUZZY  | ing/in
			ZHANG SAN   | 藏三        | FUZZY  | a pinyin spelling folds like the characters
			# Not the same name
			张三        | 李四        | NONE   | different names
			王伟        | 王大伟      | NONE   | one syllable more
			陈明        | 程亮        | NONE   | different given name
			李明        | 李梅        | NONE   | ming / mei
			黄明        | 王明        | NONE   | huang / wang
			高峰        | 郭峰        | NONE   | gao / guo
			刘德华      | 刘华德      | NONE   | same syllables, other order
			曾伟        | 层伟        | NONE   | 曾 as a surname is never ceng
			单田芳      | 丹田芳      | NONE   | 单 as a surname is never dan
			仇英        | 丑英        | NONE   | 仇 as a surname is never chou
			查良镛      | 茶良镛      | NONE   | 查 as a surname is never cha
			朴志明      | 浦志明      | NONE   | 朴 as a surname is never pu
			解缙        | 姐缙        | NONE   | 解 as a surname is never jie
			区健        | 曲健        | NONE   | 区 as a surname is never qu
			许明        | 虎明        | NONE   | 许 as a surname is never hu
			JOHN SMITH  | JANE SMITH  | NONE   | foreign names differ
			""")
	void namesMatchAsTheySound(String first, String second, Match expected, String why) {
		NameKey a = NAMES.keys(first);
		NameKey b = NAMES.keys(second);
		boolean samePinyin = meet(a.pinyin(), b.pinyin());
		boolean sameFuzzy = meet(a.fuzzy(), b.fuzzy());
		Match actual = samePinyin ? Match.PINYIN : sameFuzzy ? Match.FUZZY : Match.NONE;
		assertThat(actual).as("%s %s / %s %s: %s", first, a.pinyin(), second, b.pinyin(), why).isEqualTo(expected);
		if (samePinyin) {
			assertThat(meet(a.initials(), b.initials())).as("same pinyin, same initials").isTrue();
			assertThat(sameFuzzy).as("same pinyin, same fuzzy key").isTrue();
		}
	}

	@Test
	void keysOfAPlainName() {
		NameKey key = NAMES.keys("张三");
		assertThat(key.normalized()).isEqualTo("张三");
		assertThat(key.pinyin()).containsExactly("zhangsan");
		assertThat(key.initials()).containsExactly("zs");
		assertThat(key.fuzzy()).containsExactly("zansan");
	}

	@Test
	void surnamesReadAsSurnamesOnly() {
		assertThat(NAMES.keys("曾国藩").pinyin()).containsExactly("zengguofan");
		assertThat(NAMES.keys("尉迟恭").pinyin()).containsExactly("yuchigong");
		assertThat(NAMES.keys("尉迟恭").initials()).containsExactly("ycg");
		assertThat(NAMES.keys("万俟卨").pinyin()).containsExactly("moqixie");
		assertThat(NAMES.keys("单于飞").pinyin()).containsExactly("chanyufei", "shanyufei");
		assertThat(NAMES.keys("长孙无忌").pinyin()).allMatch(key -> key.startsWith("zhangsun"));
	}

	@Test
	void aTwoCharacterNameIsNotACompoundSurname() {
		// 司马 alone is a surname 司 and a given name 马; 单于 alone is 单 shan + 于 yu.
		assertThat(NAMES.keys("单于").pinyin()).containsExactly("shanyu");
	}

	@Test
	void polyphonicGivenNamesYieldEveryReading() {
		NameKey key = NAMES.keys("李长春");
		assertThat(key.pinyin()).containsExactlyInAnyOrder("lizhangchun", "lichangchun");
		assertThat(key.initials()).containsExactlyInAnyOrder("lzc", "lcc");
		// 长 zhang and chang fold to zan and can.
		assertThat(key.fuzzy()).containsExactlyInAnyOrder("nizancun", "nicancun");
	}

	@Test
	void combinationsAreCappedAndKeepTheFirstReadings() {
		// 和 has 4 toneless readings in pinyin4j (he huo hai hu), 行 3, 朴 3, 长 2: 72 combinations.
		NameKey key = NAMES.keys("王和行朴长");
		assertThat(key.pinyin()).hasSizeLessThanOrEqualTo(NameKeys.MAX_KEYS);
		String first = key.pinyin().iterator().next();
		assertThat(first).isEqualTo("wanghexingpozhang");
		assertThat(key.pinyin()).as("each single alternative before any double").contains("wanghuoxingpozhang",
				"wanghehangpozhang", "wanghexingpiaozhang", "wanghexingpochang");
	}

	@Test
	void normalisation() {
		assertThat(NameKeys.normalize("  张　三 ")).isEqualTo("张三");
		assertThat(NameKeys.normalize("阿卜杜拉 ・ 买买提")).isEqualTo("阿卜杜拉·买买提");
		assertThat(NameKeys.normalize("阿卜杜拉‧买买提")).isEqualTo("阿卜杜拉·买买提");
		assertThat(NameKeys.normalize("阿卜杜拉･买买提")).isEqualTo("阿卜杜拉·买买提");
		assertThat(NameKeys.normalize("阿卜杜拉ㆍ买买提")).isEqualTo("阿卜杜拉·买买提");
		assertThat(NameKeys.normalize("ｊｏｈｎ　 ｓｍｉｔｈ")).isEqualTo("JOHN SMITH");
		assertThat(NameKeys.normalize("j. r. r. tolkien")).as("a full stop in a Latin name stays")
			.isEqualTo("J. R. R. TOLKIEN");
		assertThat(NameKeys.normalize(null)).isEmpty();
	}

	@Test
	void foreignNamesAreKeyedByTheirLetters() {
		NameKey key = NAMES.keys("J. R. R. Tolkien");
		assertThat(key.pinyin()).containsExactly("jrrtolkien");
		assertThat(key.initials()).containsExactly("jrrt");
		NameKey hyphen = NAMES.keys("Jean-Paul O'Neil");
		assertThat(hyphen.pinyin()).containsExactly("jeanpauloneil");
	}

	@Test
	void ethnicMinorityNamesHaveNoSurnameReading() {
		// With a middle dot there is no Han surname: 查 here gets every reading, not only zha.
		NameKey key = NAMES.keys("查尔斯·王");
		assertThat(key.pinyin()).contains("chaersiwang", "zhaersiwang");
	}

	@Test
	void emptyNamesHaveNoKeys() {
		for (String blank : new String[] { null, "", "   ", "·" }) {
			NameKey key = NAMES.keys(blank);
			assertThat(key.pinyin()).isEmpty();
			assertThat(key.initials()).isEmpty();
			assertThat(key.fuzzy()).isEmpty();
		}
	}

	@Test
	void aCharacterWithoutAReadingStandsForItself() {
		// 䶮 (yan, as in 刘䶮) is not in pinyin4j's table: the key keeps the character, so the same name still
		// matches itself and no other.
		NameKey key = NAMES.keys("刘䶮");
		assertThat(key.pinyin()).containsExactly("liu䶮");
		assertThat(NAMES.keys("刘𠇔").pinyin()).containsExactly("liu𠇔");
	}

	@ParameterizedTest
	@CsvSource({ "zhang, zan", "chang, can", "shang, san", "ling, nin", "lv, nv", "feng, hen", "huang, huan",
			"xiong, xiong", "zhuang, zuan", "er, er", "n, n" })
	void fuzzyFolding(String syllable, String folded) {
		assertThat(NameKeys.fold(syllable)).isEqualTo(folded);
	}

	private static boolean meet(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return !both.isEmpty();
	}
}
