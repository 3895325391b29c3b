package io.zhian.bench.load;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import io.zhian.bench.city.TradeCase;
import io.zhian.bench.search.Http;
import io.zhian.common.CurrentActor;
import io.zhian.org.Permissions;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFiling;
import io.zhian.venue.VenueFilings;
import tools.jackson.databind.JsonNode;

/**
 * Plants the cases of the record trades ({@link TradeCase}) the way they happen: the shop is filed and gets its
 * API key, the city officer enters the watch entry (被盗抢车辆 for the car, 损失物品 for the phone), and the shop's
 * system sends its record through the intake API — the stolen car's repair order after its entry (so the live
 * comparison must raise the alarm), the phone's pledge before its entry (so the reverse lookup must). Answers
 * each case's ground truth: the shop, the record and the entry whose alarm the recall check looks for.
 */
public final class TradeCasePlanter {

	private final ApplicationContext context;
	private final String baseUrl;
	private final Http police;

	public TradeCasePlanter(ApplicationContext context, String baseUrl, Http police) {
		this.context = context;
		this.baseUrl = baseUrl;
		this.police = police;
	}

	public Map<String, Object> plant(List<TradeCase> cases) throws Exception {
		Map<String, Object> truth = new LinkedHashMap<>();
		String plantedAt = java.time.OffsetDateTime.now().minusMinutes(1).toString();
		for (TradeCase c : cases) {
			VenueDetail shop = file(c);
			String key = VenueKeys.issue(context, baseUrl, shop, "bench-" + shop.code().toLowerCase());
			long entryId = 0;
			if (c.watchedBefore()) {
				entryId = enterWatch(c);
			}
			long recordId = submit(key, c);
			if (!c.watchedBefore()) {
				entryId = enterWatch(c);
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("status", "PLANTED");
			one.put("plantedAt", plantedAt);
			one.put("trade", c.trade());
			one.put("venueCode", shop.code());
			one.put("reference", c.reference());
			one.put("recordId", recordId);
			one.put("occurredAt", c.occurredAt().toString());
			one.put("person", Map.of("documentType", c.person().documentType(), "documentNumber",
					c.person().documentNumber()));
			if (c.plate() != null) {
				one.put("plate", c.plate());
				one.put("vin", c.vin());
			}
			if (c.imei() != null) {
				one.put("imei", c.imei());
			}
			one.put("watchEntryId", entryId);
			one.put("watchCategory", category(c));
			one.put("alarmFrom", c.watchedBefore() ? "comparison at intake (entry before the record)"
					: "reverse lookup 倒查 (record before the entry)");
			truth.put(c.name(), one);
		}
		return truth;
	}

	private VenueDetail file(TradeCase c) {
		VenueDetail[] filed = new VenueDetail[1];
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			filed[0] = context.getBean(VenueFilings.class).enter(CurrentActor.require(), new VenueFiling(c.shop().name(),
					c.shop().licenceNumber(), List.of(c.trade()), c.shop().station().regionCode(), c.shop().address(),
					c.shop().station().id(), null, "周建华", "111", "500103197501016030", "13983001199", "安全员周",
					"13983009999", "173", LocalDate.of(2015, 6, 1)));
		});
		return filed[0];
	}

	private long enterWatch(TradeCase c) throws IOException, InterruptedException {
		Map<String, Object> entry = new HashMap<>();
		if (c.plate() != null) {
			entry.put("targetType", "VEHICLE");
			entry.put("plate", c.plate());
			entry.put("vin", c.vin());
			entry.put("category", category(c));
			entry.put("reason", "bench: planted stolen vehicle");
		}
		else {
			entry.put("targetType", "ITEM");
			entry.put("imei", c.imei());
			entry.put("itemCategory", "PHONE");
			entry.put("category", category(c));
			entry.put("reason", "bench: planted lost phone");
		}
		return police.post("/api/v1/watch/entries", entry).path("id").asLong();
	}

	private static String category(TradeCase c) {
		return c.plate() != null ? "STOLEN_VEHICLE" : "LOST_PROPERTY";
	}

	private long submit(String apiKey, TradeCase c) throws IOException, InterruptedException {
		JsonNode stored = new ApiLoader(baseUrl, line -> {
		}).submit(apiKey, Submissions.of(c));
		return stored.path("id").asLong();
	}
}
