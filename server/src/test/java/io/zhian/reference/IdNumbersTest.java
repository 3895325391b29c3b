package io.zhian.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhian.support.TestIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhian.common.ErrorCode;

class IdNumbersTest {

	/** 2026-11-22 10:00 in China. */
	private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

	/**
	 * A region table in miniature: current codes, the retired 110103 崇文区 and 110104 宣武区 (merged into 东城区
	 * and 西城区 in 2010) and 440524 潮阳县 (GB 11643's own example, a county since turned into a city), and
	 * 820000 but not 810000 or 830000, to show that the permit prefixes are known either way.
	 */
	private static final Map<String, Region> REGIONS = Map.of(
			"110105", new Region("110105", "朝阳区", "COUNTY", null, null),
			"110103", new Region("110103", "崇文区", "COUNTY", null, LocalDate.of(2010, 7, 1)),
			"110104", new Region("110104", "宣武区", "COUNTY", null, LocalDate.of(2010, 7, 1)),
			"440524", new Region("440524", "潮阳县", "COUNTY", null, LocalDate.of(1993, 4, 22)),
			"130503", new Region("130503", "桥西区", "COUNTY", null, null),
			"510108", new Region("510108", "成华区", "COUNTY", null, null),
			"820000", new Region("820000", "澳门特别行政区", "PROVINCE", null, null));

	private final IdNumbers ids = new IdNumbers(code -> Optional.ofNullable(REGIONS.get(code)),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void standardExampleOfAWoman() {
		// GB 11643-1999's example: 北京市朝阳区, born 1949-12-31, sequence 002 (even: female), check character X.
		IdCheck check = ids.check("111", "11010519491231002X");
		assertThat(check.valid()).isTrue();
		assertThat(check.normalizedNumber()).isEqualTo("11010519491231002X");
		assertThat(check.sex()).isEqualTo("2");
		assertThat(check.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(check.region().name()).isEqualTo("朝阳区");
		assertThat(check.reason()).isNull();
	}

	@Test
	void standardExampleOfAManBornIn1880InARetiredCounty() {
		IdCheck check = ids.check("111", "440524188001010014");
		assertThat(check.valid()).as(check.toString()).isTrue();
		assertThat(check.sex()).isEqualTo("1");
		assertThat(check.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
		assertThat(check.region().retired()).isTrue();
	}

	@Test
	void lowerCaseXIsAcceptedAndNormalised() {
		IdCheck check = ids.check("111", "11010519491231002x");
		assertThat(check.valid()).isTrue();
		assertThat(check.normalizedNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void spacesAndFullWidthDigitsAreCleaned() {
		assertThat(ids.check("111", " 110105 19491231 002X ").normalizedNumber()).isEqualTo("11010519491231002X");
		IdCheck fullWidth = ids.check("111", "１１０１０５１９４９１２３１００２ｘ");
		assertThat(fullWidth.valid()).isTrue();
		assertThat(fullWidth.normalizedNumber()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			// 15-digit numbers get "19" before the year and the MOD 11-2 check character.
			"110105491231002, 11010519491231002X, 2, 1949-12-31",
			"440524800101001, 440524198001010013, 1, 1980-01-01",
			"130503670401001, 130503196704010016, 1, 1967-04-01",
			"110103800229123, 110103198002291232, 1, 1980-02-29" })
	void fifteenDigitNumbersAreUpgraded(String fifteen, String eighteen, String sex, LocalDate birthDate) {
		IdCheck check = ids.check("111", fifteen);
		assertThat(check.valid()).as(check.toString()).isTrue();
		assertThat(check.normalizedNumber()).isEqualTo(eighteen);
		assertThat(check.sex()).isEqualTo(sex);
		assertThat(check.birthDate()).isEqualTo(birthDate);
		assertThat(ids.personKeyNumber("111", fifteen)).isEqualTo(eighteen);
		assertThat(ids.check("111", eighteen).valid()).as("the upgrade is itself valid").isTrue();
	}

	@Test
	void everyWrongCheckCharacterIsCaughtAndTheRightOneNamed() {
		String body = "11010519491231002";
		for (char c : "0123456789X".toCharArray()) {
			IdCheck check = ids.check("111", body + c);
			if (c == 'X') {
				assertThat(check.valid()).isTrue();
			}
			else {
				assertThat(check.reason()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
				assertThat(check.reasonArguments()).containsExactly("X");
			}
		}
	}

	@Test
	void aSingleMistypedDigitIsCaught() {
		// MOD 11-2 detects every single-digit substitution: change each body digit of a valid number in turn.
		String valid = "440524188001010014";
		for (int i = 0; i < 17; i++) {
			char original = valid.charAt(i);
			char typo = original == '9' ? '0' : (char) (original + 1);
			String mistyped = valid.substring(0, i) + typo + valid.substring(i + 1);
			assertThat(ids.check("111", mistyped).valid()).as(mistyped).isFalse();
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			"11010519491231002, too short",
			"1101051949123100201, too long",
			"11010519491231002A, letter other than X",
			"X10105194912310020, X in the body",
			"11010A19491231002X, letter in the body",
			"11010549123100, 14 digits",
			"11010549123100X, 15 with X",
			"'', empty" })
	void malformedNumbers(String number, String why) {
		IdCheck check = ids.check("111", number);
		assertThat(check.valid()).isFalse();
		assertThat(check.reason()).as(why).isEqualTo(ErrorCode.ID_NUMBER_FORMAT);
	}

	@Test
	void nullNumberIsMalformedNotAnException() {
		assertThat(ids.check("111", null).reason()).isEqualTo(ErrorCode.ID_NUMBER_FORMAT);
	}

	@Test
	void februaryTwentyNinthOnlyInLeapYears() {
		assertThat(ids.check("111", withCheck("11010319800229001")).valid()).as("1980 is a leap year").isTrue();
		assertThat(ids.check("111", withCheck("11010420000229002")).valid()).as("2000: divisible by 400").isTrue();
		IdCheck century = ids.check("111", withCheck("11010519000229003"));
		assertThat(century.reason()).as("1900: divisible by 100, not by 400").isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE);
		assertThat(century.reasonArguments()).containsExactly("1900-02-29");
		assertThat(ids.check("111", withCheck("11010519810229001")).reason()).isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE);
		assertThat(ids.check("111", "110105810229001").reason()).as("15 digits too")
			.isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE);
	}

	@ParameterizedTest
	@CsvSource({ "11010519901301001", "11010519900001001", "11010519900431001", "11010519900100001",
			"11010518491231001" })
	void impossibleDates(String body) {
		assertThat(ids.check("111", withCheck(body)).reason()).isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE);
	}

	@Test
	void birthDateMayBeTodayInChinaButNotTomorrow() {
		assertThat(ids.check("111", withCheck("11010520261122001")).valid()).isTrue();
		IdCheck tomorrow = ids.check("111", withCheck("11010520261123001"));
		assertThat(tomorrow.reason()).isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE);
		assertThat(tomorrow.reasonArguments()).containsExactly("2026-11-23");

		// 2026-11-22 17:00 UTC is already 2026-11-23 01:00 in China.
		IdNumbers evening = new IdNumbers(code -> Optional.ofNullable(REGIONS.get(code)),
				Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), ZoneOffset.UTC));
		assertThat(evening.check("111", withCheck("11010520261123001")).valid()).isTrue();
	}

	@Test
	void todayFollowsAMovingClock() {
		MovableClock clock = new MovableClock(NOW);
		IdNumbers moving = new IdNumbers(code -> Optional.ofNullable(REGIONS.get(code)), clock);
		String bornTomorrow = withCheck("11010520261123001");
		assertThat(moving.check("111", bornTomorrow).valid()).isFalse();
		clock.now = NOW.plusSeconds(86_400);
		assertThat(moving.check("111", bornTomorrow).valid()).isTrue();
	}

	@Test
	void retiredRegionsAreStillKnown() {
		IdCheck chongwen = ids.check("111", withCheck("11010319800101001"));
		assertThat(chongwen.valid()).isTrue();
		assertThat(chongwen.region().name()).isEqualTo("崇文区");
		assertThat(chongwen.region().retired()).isTrue();
		assertThat(ids.check("111", withCheck("11010419800101002")).region().name()).isEqualTo("宣武区");
	}

	@Test
	void unknownRegionIsNamed() {
		IdCheck check = ids.check("111", withCheck("99999919800101001"));
		assertThat(check.reason()).isEqualTo(ErrorCode.ID_NUMBER_REGION);
		assertThat(check.reasonArguments()).containsExactly("999999");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "810000199001010019, 香港特别行政区, 1", "820000198512120022, 澳门特别行政区, 2",
			"830000200006060030, 台湾, 1" })
	void residencePermitsOfHongKongMacaoAndTaiwan(String number, String region, String sex) {
		for (String type : List.of("991", "111")) {
			IdCheck check = ids.check(type, number);
			assertThat(check.valid()).as(type + " " + check).isTrue();
			assertThat(check.region().name()).isEqualTo(region);
			assertThat(check.sex()).isEqualTo(sex);
		}
	}

	@Test
	void residencePermitTypeWantsAPermitPrefix() {
		IdCheck mainland = ids.check("991", "11010519491231002X");
		assertThat(mainland.reason()).isEqualTo(ErrorCode.DOCUMENT_NUMBER_FORMAT);
		assertThat(mainland.reasonArguments()).containsExactly("991");
		assertThat(ids.check("991", "810000900101001").reason()).isEqualTo(ErrorCode.DOCUMENT_NUMBER_FORMAT);
		assertThat(ids.check("991", "810000199001010018").reason()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
	}

	@Test
	void temporaryIdCardFollowsTheSameRules() {
		assertThat(ids.check("112", "11010519491231002X").valid()).isTrue();
		assertThat(ids.check("112", "110105194912310021").reason()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
	}

	@Test
	void unknownDocumentType() {
		IdCheck check = ids.check("999", "11010519491231002X");
		assertThat(check.reason()).isEqualTo(ErrorCode.DOCUMENT_TYPE_UNKNOWN);
		assertThat(check.reasonArguments()).containsExactly("999");
		assertThat(ids.check(null, "x").reason()).isEqualTo(ErrorCode.DOCUMENT_TYPE_UNKNOWN);
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
			// 普通护照: Chinese E/G + 8 digits, EA1234567 since 2017, foreign passports of any 5-20 letters/digits
			"414, E12345678, E12345678", "414, ea1234567, EA1234567", "414, G1234567, G1234567",
			"414, 123456789012, 123456789012",
			// 港澳居民来往内地通行证: H/M + 8 digits; an old card's 2-digit issue count is dropped
			"516, H12345678, H12345678", "516, m87654321, M87654321", "516, H1234567801, H12345678",
			// 台湾居民来往大陆通行证: 8 digits, older cards with a 2-digit issue count
			"511, 01234567, 01234567", "511, 0123456702, 01234567",
			// 外国人永久居留身份证: 2004 card (alpha-3 + 12 digits) and 2023 card (18, starting with 9)
			"553, USA310000000001, USA310000000001", "553, 93310019800101001X, 93310019800101001X" })
	void otherDocumentsHaveALightCheckOfTheirForm(String type, String number, String normalized) {
		IdCheck check = ids.check(type, number);
		assertThat(check.valid()).as(check.toString()).isTrue();
		assertThat(check.normalizedNumber()).isEqualTo(normalized);
		assertThat(check.sex()).isNull();
		assertThat(ids.personKeyNumber(type, number)).isEqualTo(normalized);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "414, E123", "414, E1234-5678", "414, 护照12345678", "414, E123456789012345678901",
			"516, X12345678", "516, H1234567", "516, H123456789", "516, H12345678A",
			"511, 1234567", "511, 123456789", "511, 1234567A",
			"553, US3310000000001", "553, USA31000000000", "553, 83310019800101001X", "553, 9331001980010100Y1" })
	void otherDocumentsOfTheWrongForm(String type, String number) {
		IdCheck check = ids.check(type, number);
		assertThat(check.valid()).isFalse();
		assertThat(check.reason()).isEqualTo(ErrorCode.DOCUMENT_NUMBER_FORMAT);
		assertThat(check.reasonArguments()).containsExactly(type);
	}

	@Test
	void personKeyOfInvalidNumbersIsTheCleanedInput() {
		assertThat(ids.personKeyNumber("111", " 11010519491231002x")).isEqualTo("11010519491231002X");
		assertThat(ids.personKeyNumber("111", "110105491231002")).isEqualTo("11010519491231002X");
		assertThat(ids.personKeyNumber("414", " e1234 5678")).isEqualTo("E12345678");
		assertThat(ids.personKeyNumber("990", "abc")).isEqualTo("ABC");
	}

	@Test
	void masking() {
		assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(IdNumbers.mask("E12345678")).isEqualTo("*******78");
	}

	private static String withCheck(String body) {
		return TestIds.withCheck(body);
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
