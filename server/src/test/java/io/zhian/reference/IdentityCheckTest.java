package io.zhian.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

class IdentityCheckTest extends IntegrationTest {

	private static final String CHECK = "/api/v1/identity/check";

	@Test
	void validNumberWithDerivedFactsAndNameKeys() {
		Api hotel = api.loginDemo("hotel");
		Api.Response response = hotel.post(CHECK, Map.of("documentType", "111", "documentNumber",
				"11010519491231002x", "name", " 曾 国藩 "));
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.path("valid").asBoolean()).isTrue();
		assertThat(body.path("documentType").asString()).isEqualTo("111");
		assertThat(body.path("normalizedNumber").asString()).isEqualTo("11010519491231002X");
		assertThat(body.path("sex").asString()).isEqualTo("2");
		assertThat(body.path("birthDate").asString()).isEqualTo("1949-12-31");
		assertThat(body.path("region").path("code").asString()).isEqualTo("110105");
		assertThat(body.path("region").path("name").asString()).isEqualTo("朝阳区");
		assertThat(body.path("region").path("retired").asBoolean()).isFalse();
		assertThat(body.path("reason").isNull()).isTrue();
		JsonNode keys = body.path("nameKeys");
		assertThat(keys.path("normalized").asString()).isEqualTo("曾国藩");
		assertThat(keys.path("pinyin").get(0).asString()).isEqualTo("zengguofan");
		assertThat(keys.path("initials").get(0).asString()).isEqualTo("zgf");
		assertThat(keys.path("fuzzy").get(0).asString()).isEqualTo("zenguohan");
	}

	@Test
	void fifteenDigitNumberOfARetiredDistrictIsUpgraded() {
		Api.Response response = api.loginDemo("station").post(CHECK,
				Map.of("documentType", "111", "documentNumber", "110103800229123"));
		JsonNode body = response.json();
		assertThat(body.path("valid").asBoolean()).as(response.body()).isTrue();
		assertThat(body.path("normalizedNumber").asString()).isEqualTo("110103198002291232");
		assertThat(body.path("region").path("name").asString()).isEqualTo("崇文区");
		assertThat(body.path("region").path("retired").asBoolean()).isTrue();
		assertThat(body.path("nameKeys").isNull()).isTrue();
	}

	@Test
	void theStandardsOwnExampleCarriesACountyRetiredBefore2002() {
		Api.Response response = api.loginDemo("station").post(CHECK,
				Map.of("documentType", "111", "documentNumber", "440524188001010014"));
		JsonNode body = response.json();
		assertThat(body.path("valid").asBoolean()).as(response.body()).isTrue();
		assertThat(body.path("birthDate").asString()).isEqualTo("1880-01-01");
		assertThat(body.path("sex").asString()).isEqualTo("1");
		assertThat(body.path("region").path("code").asString()).isEqualTo("440524");
		assertThat(body.path("region").path("name").asString()).isEqualTo("潮阳县");
		assertThat(body.path("region").path("retired").asBoolean()).isTrue();
	}

	@Test
	void residencePermitOfATaiwanResident() {
		JsonNode body = api.loginDemo("hotel").post(CHECK,
				Map.of("documentType", "991", "documentNumber", "830000200006060030")).json();
		assertThat(body.path("valid").asBoolean()).isTrue();
		assertThat(body.path("region").path("code").asString()).isEqualTo("830000");
		assertThat(body.path("sex").asString()).isEqualTo("1");
	}

	@Test
	void invalidNumberIsAnAnswerWithAReasonInTheCallersLanguage() {
		Api hotel = api.loginDemo("hotel");
		Map<String, String> wrongCheck = Map.of("documentType", "111", "documentNumber", "110105194912310021");
		Api.Response chinese = hotel.post(CHECK, wrongCheck);
		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.json().path("valid").asBoolean()).isFalse();
		assertThat(chinese.json().path("reason").path("code").asString()).isEqualTo("ZA-4103");
		assertThat(chinese.json().path("reason").path("message").asString()).contains("校验码").contains("X");
		assertThat(chinese.json().path("sex").isNull()).isTrue();

		Api.Response english = hotel.language("en").post(CHECK, wrongCheck);
		assertThat(english.json().path("reason").path("message").asString()).contains("check character")
			.contains("X expected");
	}

	@Test
	void everyReasonIsNumbered() {
		Api station = api.loginDemo("station");
		assertThat(reason(station, "111", "1101051949123100")).isEqualTo("ZA-4102");
		assertThat(reason(station, "111", "110105194902300020")).isEqualTo("ZA-4104");
		assertThat(reason(station, "111", "999999194912310025")).isEqualTo("ZA-4105");
		assertThat(reason(station, "000", "11010519491231002X")).isEqualTo("ZA-4101");
		Api.Response passport = station.language("en").post(CHECK,
				Map.of("documentType", "414", "documentNumber", "E1"));
		assertThat(passport.json().path("reason").path("code").asString()).isEqualTo("ZA-4106");
		assertThat(passport.json().path("reason").path("message").asString()).contains("passport");
	}

	@Test
	void bodyIsValidated() {
		Api hotel = api.loginDemo("hotel");
		Api.Response missing = hotel.post(CHECK, Map.of("documentType", "111"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("ZA-0005");
		Api.Response tooLong = hotel.post(CHECK, Map.of("documentType", "111", "documentNumber", "1".repeat(41)));
		assertThat(tooLong.status()).isEqualTo(400);
	}

	@Test
	void signInIsRequired() {
		Api.Response response = api.post(CHECK, Map.of("documentType", "111", "documentNumber",
				"11010519491231002X"));
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void eachCheckIsAuditedWithTheNumberMasked() {
		api.loginDemo("hotel").post(CHECK, Map.of("documentType", "111", "documentNumber", "510108198812240011"));
		JsonNode items = api.loginDemo("admin").get("/api/v1/audit?entityType=IdentityCheck&size=50").json()
			.path("items");
		boolean found = false;
		for (JsonNode item : items) {
			String detail = item.path("detail").asString();
			assertThat(detail).doesNotContain("510108198812240011");
			if (detail.equals("111 510108********0011 valid=true") && item.path("actor").asString().equals("hotel")) {
				found = true;
				assertThat(item.path("action").asString()).isEqualTo("READ");
			}
		}
		assertThat(found).as(items.toString()).isTrue();
	}

	private static String reason(Api api, String type, String number) {
		Api.Response response = api.post(CHECK, Map.of("documentType", type, "documentNumber", number));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("reason").path("code").asString();
	}
}
