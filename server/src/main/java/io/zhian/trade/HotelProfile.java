package io.zhian.trade;

import static io.zhian.trade.DocumentCategory.DOMESTIC;
import static io.zhian.trade.DocumentCategory.FOREIGN;
import static io.zhian.trade.DocumentCategory.FOREIGN_RESIDENT;
import static io.zhian.trade.DocumentCategory.HK_MACAO_TAIWAN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * 旅馆业: a guest's stay is one {@code CHECK_IN} record with one party per guest in the room, following the data
 * items of the Ministry's hotel standard (旅馆业治安管理信息系统标准) as the requirement text lists them for
 * domestic (国内旅客), Hong Kong/Macao/Taiwan and foreign (境外旅客) guests. See docs/trades/hotel.md.
 */
@Component
class HotelProfile implements TradeProfile {

	private static final PartyRole GUEST = new PartyRole("GUEST", 1, 10, true,
			EnumSet.of(DOMESTIC, HK_MACAO_TAIWAN, FOREIGN, FOREIGN_RESIDENT),
			Map.of(DOMESTIC, Set.of("sex", "birthDate", "ethnicity", "regionCode", "address"),
					HK_MACAO_TAIWAN, Set.of("sex", "birthDate"),
					FOREIGN, Set.of("sex", "birthDate", "nationality"),
					FOREIGN_RESIDENT, Set.of("sex", "birthDate", "nationality")),
			List.of(FieldSpec.of("groupLeader", FieldType.BOOLEAN, false, "团队领队", "group leader"),
					// 境外旅客 items. The standard also lists the visa type as required; since 2024 most visitors
					// enter visa-free, so it is asked only when the guest holds a visa (see docs/trades/hotel.md).
					FieldSpec.code("visaType", "visa-type", false, "签证种类", "visa type"),
					FieldSpec.text("visaNumber", 32, false, "签证号码", "visa number"),
					FieldSpec.text("issuingAuthority", 60, false, "签发机关", "issuing authority"),
					FieldSpec.of("stayUntil", FieldType.DATE, true, "停留截止日期", "permitted stay until"),
					FieldSpec.code("entryPort", "entry-port", true, "入境口岸", "port of entry"),
					FieldSpec.of("entryDate", FieldType.DATE, true, "入境日期", "date of entry"),
					FieldSpec.text("receivingUnit", 100, true, "接待单位", "receiving organisation"),
					FieldSpec.text("overseasAddress", 200, true, "境外住址", "address abroad"),
					FieldSpec.text("chineseName", 50, false, "中文名", "Chinese name"),
					// Optional items of every guest.
					FieldSpec.text("occupation", 50, false, "职业", "occupation"),
					FieldSpec.text("employer", 100, false, "工作单位", "employer"),
					FieldSpec.text("reason", 100, false, "住宿原因/事由", "reason for stay"),
					FieldSpec.text("comingFrom", 100, false, "何处来", "coming from"),
					FieldSpec.text("goingTo", 100, false, "去何处", "going to")),
			Map.of("stayUntil", EnumSet.of(FOREIGN), "entryPort", EnumSet.of(FOREIGN), "entryDate",
					EnumSet.of(FOREIGN), "receivingUnit", EnumSet.of(FOREIGN), "overseasAddress",
					EnumSet.of(FOREIGN)), "旅客", "guest");

	private static final RecordKind CHECK_IN = new RecordKind("CHECK_IN", "入住登记", "check-in", List.of(GUEST),
			List.of(FieldSpec.text("room", 16, true, "入住房号", "room"),
					FieldSpec.text("groupId", 40, false, "团体标识", "group id"),
					FieldSpec.text("groupName", 100, false, "团体名称", "group name")),
			Set.of("room"), true);

	@Override
	public String code() {
		return "HOTEL";
	}

	@Override
	public List<RecordKind> kinds() {
		return List.of(CHECK_IN);
	}

	@Override
	public int minimumDailyRecords() {
		return 1;
	}
}
