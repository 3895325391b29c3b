package io.zhian.trade;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/trades")
@Tag(name = "trades", description = "Trade profiles: what each trade reports, for venue systems and forms")
class TradeController {

	private final TradeProfiles profiles;

	TradeController(TradeProfiles profiles) {
		this.profiles = profiles;
	}

	/** A profile as JSON: the declaration itself, nothing derived. */
	record ProfileView(String code, int minimumDailyRecords, List<RecordKind> kinds) {
	}

	@GetMapping
	@Operation(summary = "Every trade profile: record kinds, party roles, fields with their types and code tables")
	List<ProfileView> profiles() {
		return profiles.all().stream().map(p -> new ProfileView(p.code(), p.minimumDailyRecords(), p.kinds())).toList();
	}
}
