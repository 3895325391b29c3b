package io.zhian.bench.city;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** 旅馆业 as the generator sees it: hotels of 15 to 400 rooms; a check-in names the one to three guests of a room. */
final class HotelDeclaration implements TradeDeclaration {

	private static final String[] WORDS = { "锦江", "山城", "嘉陵", "长江", "朝天", "渝州", "巴渝", "南山", "江景", "金源",
			"丽晶", "如家", "汉庭", "全季", "维也纳", "7天", "桔子", "亚朵", "速8", "格林", "悦来", "解放", "鹅岭", "两江" };
	private static final String[] KINDS = { "大酒店", "宾馆", "快捷酒店", "商务酒店", "精品酒店", "民宿", "酒店", "旅馆" };
	/** Ports of entry a visitor to Chongqing most often used: its own airport and the big hubs (entry-port table). */
	private static final List<String> PORTS = List.of("CKG", "CKG", "CKG", "PVG", "PEK", "CAN", "CTU", "SZX");

	@Override
	public String code() {
		return "HOTEL";
	}

	@Override
	public String kind() {
		return "CHECK_IN";
	}

	@Override
	public String role() {
		return "GUEST";
	}

	@Override
	public double venueShare() {
		return 1.0;
	}

	@Override
	public String venueName(SplittableRandom random, Station station) {
		String place = station.name().replace("派出所", "");
		return WORDS[random.nextInt(WORDS.length)] + place + KINDS[random.nextInt(KINDS.length)];
	}

	@Override
	public int capacity(SplittableRandom random) {
		// Many small hotels, few big ones: the product of two draws leans low.
		return 15 + (int) (385 * random.nextDouble() * random.nextDouble());
	}

	@Override
	public int parties(SplittableRandom random, Traveller traveller) {
		double draw = random.nextDouble();
		return switch (traveller) {
			case REGULAR -> 1;
			case BUSINESS -> draw < 0.85 ? 1 : 2;
			case TOURIST, LOCAL -> draw < 0.3 ? 1 : draw < 0.8 ? 2 : 3;
		};
	}

	@Override
	public Map<String, Object> recordAttributes(SplittableRandom random, VenuePlan venue) {
		int floors = Math.max(2, venue.capacity() / 20);
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("room", String.format("%d%02d", 1 + random.nextInt(floors), 1 + random.nextInt(20)));
		return attributes;
	}

	@Override
	public Map<String, Object> partyAttributes(SplittableRandom random, Person person, LocalDate day, VenuePlan venue) {
		if (!person.foreign()) {
			return Map.of();
		}
		// 境外旅客: the entry facts the hotel standard asks; most visitors now enter visa-free for 30 days.
		LocalDate entry = day.minusDays(random.nextInt(6));
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("stayUntil", entry.plusDays(30).toString());
		attributes.put("entryPort", PORTS.get(random.nextInt(PORTS.size())));
		attributes.put("entryDate", entry.toString());
		attributes.put("receivingUnit", venue.name());
		attributes.put("overseasAddress", "Residence of " + person.latinSurname() + ", " + person.nationality());
		return attributes;
	}
}
