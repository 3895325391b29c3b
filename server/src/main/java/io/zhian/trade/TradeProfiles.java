package io.zhian.trade;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Every declared trade profile, by trade code. */
@Service
public class TradeProfiles {

	private final Map<String, TradeProfile> byCode;

	/** The profiles written as classes (beans) and those declared as resources ({@code trades/*.yaml}). */
	TradeProfiles(List<TradeProfile> profiles) {
		this.byCode = java.util.stream.Stream.concat(profiles.stream(), DeclaredProfiles.load().stream())
			.collect(Collectors.toUnmodifiableMap(TradeProfile::code, Function.identity()));
	}

	public Optional<TradeProfile> find(String trade) {
		return Optional.ofNullable(trade == null ? null : byCode.get(trade));
	}

	public Optional<RecordKind> kind(String trade, String kind) {
		return find(trade).flatMap(profile -> profile.kind(kind));
	}

	public List<TradeProfile> all() {
		return byCode.values().stream().sorted(Comparator.comparing(TradeProfile::code)).toList();
	}
}
