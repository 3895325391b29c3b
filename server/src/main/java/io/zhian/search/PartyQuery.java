package io.zhian.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person search made ready for an index: numbers normalised into person-key form, name keys computed, the time
 * window bounded. Built by {@link PartySearch} from {@link PartyCriteria}.
 *
 * @param documentNumbers the candidate normalised numbers (exact) or one prefix; empty for none
 * @param nameKeys the pinyin or fuzzy-sound keys a homophone must share; empty unless matching by sound
 */
public record PartyQuery(String documentType, List<String> documentNumbers, boolean prefix, String name,
		NameMatch nameMatch, List<String> nameKeys, String latinName, LocalDate birthFrom, LocalDate birthTo,
		String sex, String nationality, String regionCode, Long venueId, Long unitId, String trade, String kind,
		Instant from, Instant to, boolean fuzzySound) {

	public PartyQuery {
		documentNumbers = List.copyOf(documentNumbers);
		nameKeys = List.copyOf(nameKeys);
	}
}
