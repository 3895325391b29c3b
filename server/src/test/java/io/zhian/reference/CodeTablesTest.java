package io.zhian.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The shipped code tables, their API, local extensions and mappings, on the real database. */
class CodeTablesTest extends IntegrationTest {

	@Autowired
	CodeTables tables;

	@Autowired
	RegionLookup regions;

	@Autowired
	ShippedCodeTables shipped;

	@Test
	void everyTableIsListedWithItsVersionSourceAndSize() {
		JsonNode list = api.loginDemo("station").get("/api/v1/codes").json();
		assertThat(list.findValuesAsString("table")).contains("region", "country", "ethnicity", "sex", "document-type",
				"visa-type", "entry-port", "economic-type", "trade");
		for (JsonNode table : list) {
			assertThat(table.path("version").asString()).isNotBlank();
			assertThat(table.path("source").asString()).isNotBlank();
			assertThat(table.path("standard").asString()).isNotBlank();
			assertThat(table.path("entries").asInt()).isPositive();
		}
		assertThat(tables.info("trade").entries()).isEqualTo(16);
		assertThat(tables.info("sex").entries()).isEqualTo(4);
	}

	@Test
	void regionsKeepRetiredCodesWithTheirValidity() {
		CodeEntry chongwen = tables.find("region", "110103").orElseThrow();
		assertThat(chongwen.name()).isEqualTo("崇文区");
		assertThat(chongwen.validTo()).isEqualTo(LocalDate.of(2010, 10, 1));
		assertThat(chongwen.parentCode()).isEqualTo("110100");
		assertThat(tables.find("region", "110104").orElseThrow().retired()).isTrue();
		assertThat(tables.find("region", "310103").orElseThrow().name()).isEqualTo("卢湾区");
		assertThat(tables.find("region", "310103").orElseThrow().retired()).isTrue();
		assertThat(tables.find("region", "320107").orElseThrow().name()).isEqualTo("下关区");
		assertThat(tables.find("region", "320107").orElseThrow().retired()).isTrue();
		CodeEntry dongcheng = tables.find("region", "110101").orElseThrow();
		assertThat(dongcheng.name()).isEqualTo("东城区");
		assertThat(dongcheng.retired()).isFalse();
		assertThat(dongcheng.attributes()).containsEntry("level", "COUNTY");
		for (String code : List.of("810000", "820000", "830000", "710000")) {
			assertThat(tables.find("region", code)).as(code).isPresent();
		}
		List<CodeEntry> all = tables.entries("region", null, true);
		long counties = all.stream().filter(e -> "COUNTY".equals(e.attributes().get("level"))).count();
		long retired = all.stream().filter(CodeEntry::retired).count();
		long provinces = all.stream().filter(e -> "PROVINCE".equals(e.attributes().get("level"))).count();
		assertThat(counties).isGreaterThan(3000);
		assertThat(retired).isGreaterThan(300);
		assertThat(provinces).isBetween(34L, 36L);
		assertThat(tables.entries("region", null, false)).hasSize(all.size() - (int) retired);
	}

	@Test
	void theRegionLookupServesCurrentAndRetiredCodes() {
		Region chongwen = regions.find("110103").orElseThrow();
		assertThat(chongwen.retired()).isTrue();
		assertThat(chongwen.level()).isEqualTo("COUNTY");
		assertThat(regions.find("500103").orElseThrow().name()).isEqualTo("渝中区");
		assertThat(regions.find("500000").orElseThrow().level()).isEqualTo("PROVINCE");
		assertThat(regions.find("500100").orElseThrow().level()).isEqualTo("PREFECTURE");
		assertThat(regions.find("999999")).isEmpty();
		assertThat(regions.find(null)).isEmpty();
	}

	@Test
	void regionsRetiredBefore2002ComeFromTheMinistrysListsOf1980To2001() {
		CodeEntry chaoyang = tables.find("region", "440524").orElseThrow();
		assertThat(chaoyang.name()).isEqualTo("潮阳县");
		assertThat(chaoyang.retired()).isTrue();
		assertThat(chaoyang.validFrom()).isEqualTo(LocalDate.of(1983, 1, 1));
		assertThat(chaoyang.validTo()).isEqualTo(LocalDate.of(1993, 1, 1));
		assertThat(chaoyang.parentCode()).isEqualTo("440500");
		CodeEntry tongxian = tables.find("region", "110223").orElseThrow();
		assertThat(tongxian.name()).isEqualTo("通县");
		assertThat(tongxian.retired()).isTrue();
		CodeEntry handan = tables.find("region", "132100").orElseThrow();
		assertThat(handan.name()).isEqualTo("邯郸地区");
		assertThat(handan.attributes()).containsEntry("level", "PREFECTURE");
		assertThat(tables.find("region", "132121").orElseThrow().parentCode()).isEqualTo("132100");

		Region county = regions.find("440524").orElseThrow();
		assertThat(county.retired()).isTrue();
		assertThat(county.level()).isEqualTo("COUNTY");
		assertThat(regions.find("110223").orElseThrow().retired()).isTrue();
		assertThat(regions.find("440582").orElseThrow().name()).isEqualTo("潮阳市");
	}

	@Test
	void countriesCarryAlpha3Alpha2NumericAndChineseNames() {
		Api station = api.loginDemo("station");
		JsonNode body = station.get("/api/v1/codes/country").json();
		assertThat(body.path("table").asString()).isEqualTo("country");
		Map<String, JsonNode> byCode = new java.util.HashMap<>();
		body.path("entries").forEach(e -> byCode.put(e.path("code").asString(), e));
		assertThat(byCode.get("CHN").path("name").asString()).isEqualTo("中国");
		assertThat(byCode.get("USA").path("name").asString()).isEqualTo("美国");
		assertThat(byCode.get("JPN").path("name").asString()).isEqualTo("日本");
		assertThat(byCode.get("JPN").path("nameEn").asString()).isEqualTo("Japan");
		assertThat(byCode.get("JPN").path("attributes").path("alpha2").asString()).isEqualTo("JP");
		assertThat(byCode.get("JPN").path("attributes").path("numeric").asString()).isEqualTo("392");
		assertThat(byCode.get("TWN").path("name").asString()).isEqualTo("中国台湾");
		assertThat(byCode).hasSizeGreaterThan(240);
	}

	@Test
	void ethnicGroupsSexesAndDocumentTypes() {
		List<CodeEntry> groups = tables.entries("ethnicity", null, true);
		assertThat(groups.stream().filter(e -> e.code().compareTo("57") < 0)).hasSize(56);
		assertThat(tables.find("ethnicity", "01").orElseThrow().name()).isEqualTo("汉族");
		assertThat(tables.find("ethnicity", "56").orElseThrow().name()).isEqualTo("基诺族");
		assertThat(tables.find("ethnicity", "01").orElseThrow().attributes()).containsEntry("alpha", "HA");
		assertThat(tables.find("sex", "1").orElseThrow().name()).isEqualTo("男");
		assertThat(tables.find("sex", "9")).isPresent();
		assertThat(tables.find("document-type", "111").orElseThrow().name()).isEqualTo("居民身份证");
		assertThat(tables.find("document-type", "414").orElseThrow().name()).isEqualTo("普通护照");
		assertThat(tables.find("document-type", "516").orElseThrow().name()).isEqualTo("港澳居民来往内地通行证");
		assertThat(tables.find("document-type", "511")).isPresent();
		assertThat(tables.find("document-type", "553")).isPresent();
		assertThat(tables.find("document-type", "991").orElseThrow().name()).isEqualTo("港澳台居民居住证");
		assertThat(tables.find("visa-type", "Z").orElseThrow().name()).isEqualTo("工作签证");
		assertThat(tables.find("economic-type", "110").orElseThrow().parentCode()).isEqualTo("100");
		assertThat(tables.find("trade", "PRINTING_3D")).isPresent();
		assertThat(tables.find("entry-port", "PEK")).isPresent();
	}

	@Test
	void entryPortsAreTheChineseUnLocodeLocationsWithTheEarlierIataAirportCodesKept() {
		List<CodeEntry> ports = tables.entries("entry-port", null, true);
		assertThat(ports).hasSizeGreaterThan(1500);
		// Land and rail ports on the borders, by UN/LOCODE.
		CodeEntry manzhouli = tables.find("entry-port", "CNMLX").orElseThrow();
		assertThat(manzhouli.nameEn()).isEqualTo("Manzhouli");
		assertThat(manzhouli.attributes()).containsEntry("kind", "LAND").containsEntry("province", "150000");
		assertThat(manzhouli.attributes().get("kinds")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly("LAND", "RAIL");
		assertThat(tables.find("entry-port", "CNERC").orElseThrow().nameEn()).isEqualTo("Erlianhaote");
		assertThat(tables.find("entry-port", "CNRLC").orElseThrow().attributes()).containsEntry("kind", "RAIL");
		assertThat(tables.find("entry-port", "CNGBP").orElseThrow().nameEn()).isEqualTo("Gongbei");
		assertThat(tables.find("entry-port", "CNHRS").orElseThrow().attributes()).containsEntry("province", "650000");
		CodeEntry heihe = tables.find("entry-port", "CNHEK").orElseThrow();
		assertThat(heihe.attributes()).containsEntry("border", true).containsEntry("kind", "RIVER");
		// Sea and air ports keep the Chinese names the table had.
		CodeEntry shanghai = tables.find("entry-port", "CNSHA").orElseThrow();
		assertThat(shanghai.name()).isEqualTo("上海港");
		assertThat(shanghai.attributes()).containsEntry("kind", "SEA").containsEntry("scheme", "UN/LOCODE");
		CodeEntry baiyun = tables.find("entry-port", "CNCAN").orElseThrow();
		assertThat(baiyun.name()).isEqualTo("广州白云国际机场");
		assertThat(baiyun.attributes()).containsEntry("kind", "AIR").containsEntry("province", "440000");
		assertThat(tables.find("entry-port", "CNYTN").orElseThrow().name()).isEqualTo("深圳盐田港");
		// Airports sent by IATA code before still resolve, and point at their UN/LOCODE.
		CodeEntry pek = tables.resolve("entry-port", "PEK", null).entry();
		assertThat(pek.name()).isEqualTo("北京首都国际机场");
		assertThat(pek.attributes()).containsEntry("scheme", "IATA").containsEntry("locode", "CNPEK");
		assertThat(tables.find("entry-port", "CNPEK").orElseThrow().name()).isEqualTo("北京首都国际机场");
		assertThat(tables.find("entry-port", "PKX")).isPresent();
		assertThat(tables.entries("entry-port", "manzhouli", false)).extracting(CodeEntry::code).contains("CNMLX");
		long land = ports.stream().filter(e -> "LAND".equals(e.attributes().get("kind"))).count();
		long air = ports.stream().filter(e -> "AIR".equals(e.attributes().get("kind"))).count();
		assertThat(land).isGreaterThan(400);
		assertThat(air).isGreaterThan(150);
	}

	@Test
	void searchAndRetiredFilterApplyOnTheServer() {
		Api station = api.loginDemo("station");
		JsonNode found = station.get("/api/v1/codes/region?q=" + enc("崇文")).json();
		assertThat(found.path("entries").findValuesAsString("code")).containsExactly("110103");
		assertThat(found.path("entries").get(0).path("validTo").asString()).isEqualTo("2010-10-01");
		JsonNode current = station.get("/api/v1/codes/region?q=" + enc("崇文") + "&includeRetired=false").json();
		assertThat(current.path("entries")).isEmpty();
		JsonNode japan = station.get("/api/v1/codes/country?q=japan").json();
		assertThat(japan.path("entries").findValuesAsString("code")).containsExactly("JPN");
	}

	@Test
	void csvDownloadIsUtf8WithBomAndHeader() {
		Api.Response csv = api.loginDemo("hotel").get("/api/v1/codes/ethnicity?format=csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFcode,name,name_en,parent_code,valid_from,valid_to,local,attributes");
		assertThat(csv.body()).contains("01,汉族,Han");
		assertThat(csv.body().lines().count()).isEqualTo(1 + tables.info("ethnicity").entries());
		// The web UI fetches with Accept: application/json; the file comes all the same.
		Api hotel = api.loginDemo("hotel");
		Api.Response withAccept = hotel.send(hotel.request("/api/v1/codes/region?format=csv&q=" + enc("崇文"))
			.header("Accept", "application/json, application/problem+json").GET());
		assertThat(withAccept.status()).isEqualTo(200);
		assertThat(withAccept.body().lines().toList()).hasSize(2);
		assertThat(withAccept.body()).contains("110103,崇文区,,110100,,2010-10-01,false");
		assertThat(hotel.get("/api/v1/codes/planets?format=csv").code()).isEqualTo("ZA-4001");
	}

	@Test
	void unknownTablesFormatsAndCodesAreNumberedRefusals() {
		Api station = api.loginDemo("station");
		Api.Response unknown = station.get("/api/v1/codes/planets");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("ZA-4001");
		assertThat(station.get("/api/v1/codes/sex?format=xml").code()).isEqualTo("ZA-4002");
		Api.Response code = station.get("/api/v1/codes/sex/resolve?code=7");
		assertThat(code.status()).isEqualTo(400);
		assertThat(code.code()).isEqualTo("ZA-4003");
		assertThat(api.get("/api/v1/codes").status()).isEqualTo(401);
		assertThatThrownBy(() -> tables.resolve("region", "123456", null)).isInstanceOf(ZhianException.class)
			.extracting(e -> ((ZhianException) e).errorCode()).isEqualTo(ErrorCode.CODE_UNKNOWN);
		assertThatThrownBy(() -> tables.find("planets", "1")).isInstanceOf(ZhianException.class)
			.extracting(e -> ((ZhianException) e).errorCode()).isEqualTo(ErrorCode.CODE_TABLE_UNKNOWN);
	}

	@Test
	void aLegacyCodeResolvesThroughItsMapping() {
		Api admin = api.loginDemo("admin");
		Api.Response created = admin.post("/api/v1/codes/document-type/mappings",
				Map.of("system", "OLDHOTEL", "legacyCode", "01", "code", "111"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode resolved = api.loginDemo("hotel").get("/api/v1/codes/document-type/resolve?code=01&system=OLDHOTEL")
			.json();
		assertThat(resolved.path("code").asString()).isEqualTo("111");
		assertThat(resolved.path("via").asString()).isEqualTo("MAPPING");
		assertThat(resolved.path("entry").path("name").asString()).isEqualTo("居民身份证");
		JsonNode standard = api.loginDemo("hotel").get("/api/v1/codes/document-type/resolve?code=414").json();
		assertThat(standard.path("via").asString()).isEqualTo("STANDARD");
		assertThat(tables.resolve("document-type", "01", "OLDHOTEL").code()).isEqualTo("111");
		assertThat(tables.resolve("document-type", "01", null).code()).isEqualTo("111");
		assertThatThrownBy(() -> tables.resolve("document-type", "01", "OTHER")).isInstanceOf(ZhianException.class);
		assertThat(admin.get("/api/v1/codes/document-type").json().path("mappings").findValuesAsString("legacyCode"))
			.contains("01");
		// The target must exist; a duplicate is refused; only administrators may map.
		assertThat(admin.post("/api/v1/codes/document-type/mappings",
				Map.of("system", "OLDHOTEL", "legacyCode", "02", "code", "999")).code()).isEqualTo("ZA-4003");
		assertThat(admin.post("/api/v1/codes/document-type/mappings",
				Map.of("system", "OLDHOTEL", "legacyCode", "01", "code", "414")).code()).isEqualTo("ZA-4004");
		assertThat(admin.post("/api/v1/codes/document-type/mappings", Map.of("system", "OLDHOTEL", "code", "414"))
			.code()).isEqualTo("ZA-0005");
		assertThat(api.loginDemo("station").post("/api/v1/codes/document-type/mappings",
				Map.of("system", "OLDHOTEL", "legacyCode", "03", "code", "414")).code()).isEqualTo("ZA-0102");
		JsonNode audit = admin.get("/api/v1/audit?entityType=CodeMapping").json();
		assertThat(audit.path("items").findValuesAsString("entityId")).contains("document-type:OLDHOTEL:01");
	}

	@Test
	void aLocalEntrySurvivesAReloadOfTheShippedTable() {
		Api admin = api.loginDemo("admin");
		Api.Response created = admin.post("/api/v1/codes/visa-type/entries",
				Map.of("code", "LOCAL-1", "name", "本地测试签证", "nameEn", "Local test visa"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("local").asBoolean()).isTrue();
		assertThat(admin.post("/api/v1/codes/visa-type/entries", Map.of("code", "LOCAL-1", "name", "重复")).code())
			.isEqualTo("ZA-4004");
		assertThat(admin.post("/api/v1/codes/visa-type/entries", Map.of("code", "bad code!", "name", "x")).code())
			.isEqualTo("ZA-0005");
		assertThat(admin.post("/api/v1/codes/planets/entries", Map.of("code", "X", "name", "x")).code())
			.isEqualTo("ZA-4001");
		admin.post("/api/v1/codes/visa-type/mappings", Map.of("system", "OLDVISA", "legacyCode", "9", "code", "L"));

		ShippedCodeTables.ShippedTable visa = shipped.shipped().stream().filter(t -> t.name().equals("visa-type"))
			.findFirst().orElseThrow();
		// A new edition that drops the K visa and renames L.
		List<CodeEntry> changed = new ArrayList<>();
		for (CodeEntry e : visa.entries()) {
			if (e.code().equals("K")) {
				continue;
			}
			changed.add(e.code().equals("L") ? new CodeEntry("L", "旅游签证（新）", e.nameEn(), null, null, null, false,
					e.attributes()) : e);
		}
		try {
			assertThat(shipped.load(List.of(visa.withVersion("test-2", changed)))).containsExactly("visa-type");
			assertThat(tables.info("visa-type").version()).isEqualTo("test-2");
			assertThat(tables.find("visa-type", "LOCAL-1").orElseThrow().local()).isTrue();
			assertThat(tables.find("visa-type", "K")).isEmpty();
			assertThat(tables.find("visa-type", "L").orElseThrow().name()).isEqualTo("旅游签证（新）");
			assertThat(tables.resolve("visa-type", "9", "OLDVISA").code()).isEqualTo("L");
			// Loading the same edition again changes nothing.
			assertThat(shipped.load(List.of(visa.withVersion("test-2", changed)))).isEmpty();
		}
		finally {
			shipped.load(List.of(visa));
		}
		assertThat(tables.info("visa-type").version()).isEqualTo(visa.version());
		assertThat(tables.find("visa-type", "K")).isPresent();
		assertThat(tables.find("visa-type", "LOCAL-1")).isPresent();
		JsonNode audit = admin.get("/api/v1/audit?entityType=CodeTable&entityId=visa-type").json();
		assertThat(audit.path("items").findValuesAsString("actor")).contains("system");
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
