package io.zhian.trade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.zhian.common.ErrorCode;
import io.zhian.reference.ObjectIdentifiers;

class ObjectIdentifiersTest {

	@Test
	void platesAreNormalisedAndCheckedByForm() {
		assertThat(ObjectIdentifiers.plate("渝a·123 45").normalized()).isEqualTo("渝A12345");
		assertThat(ObjectIdentifiers.plate("渝A12345").valid()).isTrue();
		assertThat(ObjectIdentifiers.plate("渝AD12345").valid()).isTrue();
		assertThat(ObjectIdentifiers.plate("渝A1234学").valid()).isTrue();
		assertThat(ObjectIdentifiers.plate("使014578").valid()).isTrue();
		assertThat(ObjectIdentifiers.plate("渝I12345").reason()).isEqualTo(ErrorCode.PLATE_INVALID);
		assertThat(ObjectIdentifiers.plate("AB12345").valid()).isFalse();
		assertThat(ObjectIdentifiers.plate("渝A1234").valid()).isFalse();
	}

	@Test
	void vinsCarryTheirIso3779CheckDigitWhereTheMakerUsesIt() {
		// The worked example of the North American rule (49 CFR 565): 1M8GDM9A_KP042788 has check digit X.
		assertThat(ObjectIdentifiers.vinCheckDigit("1M8GDM9AXKP042788")).isEqualTo('X');
		assertThat(ObjectIdentifiers.vin("1M8GDM9AXKP042788").valid()).isTrue();
		assertThat(ObjectIdentifiers.vin("LSVAU2181N2183460").valid()).isTrue();
		ObjectIdentifiers.Check wrong = ObjectIdentifiers.vin("LSVAU2180N2183460");
		assertThat(wrong.reason()).isEqualTo(ErrorCode.VIN_CHECK_DIGIT);
		assertThat(wrong.arguments()).containsExactly("1");
		// A European maker's VIN is checked for form only.
		assertThat(ObjectIdentifiers.vin("WVWZZZ1KZ6W000001").valid()).isTrue();
		assertThat(ObjectIdentifiers.vin("LSVAU2181N218346O").reason()).isEqualTo(ErrorCode.VIN_INVALID);
	}

	@Test
	void imeisCarryTheirLuhnDigit() {
		// 3GPP TS 23.003 annex B example: 49015420323751 has check digit 8.
		assertThat(ObjectIdentifiers.luhnDigit("49015420323751")).isEqualTo('8');
		assertThat(ObjectIdentifiers.imei("49-015420-323751-8").normalized()).isEqualTo("490154203237518");
		assertThat(ObjectIdentifiers.imei("490154203237518").valid()).isTrue();
		assertThat(ObjectIdentifiers.imei("490154203237517").arguments()).containsExactly("8");
		assertThat(ObjectIdentifiers.imei("4901542032375").reason()).isEqualTo(ErrorCode.IMEI_INVALID);
	}
}
