package io.zhian.record;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;
import io.zhian.reference.CodeTables;
import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKeys;
import io.zhian.trade.DocumentCategory;
import io.zhian.trade.FieldSpec;
import io.zhian.trade.PartyRole;
import io.zhian.trade.RecordKind;
import io.zhian.trade.TradeProfiles;

/**
 * Checks a submitted record against its trade profile and the national rules (GB 11643 numbers, code tables),
 * collecting every error rather than stopping at the first, and completes what the ID number tells. Nothing
 * here is trade-specific: the profile says what is asked.
 */
@Component
class RecordChecker {

	/** Clocks of front-desk PCs run a little fast; more than this ahead is a wrong time, not skew. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
	private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1990-01-01T00:00:00+08:00");
	private static final Pattern REFERENCE = Pattern.compile("[\\p{Alnum}._:/#-]{1,64}");
	private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,32}");
	private static final Pattern LATIN = Pattern.compile("[A-Z][A-Z '.-]{0,59}");
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final TradeProfiles profiles;
	private final IdNumbers idNumbers;
	private final NameKeys nameKeys;
	private final Files files;
	private final FieldValues values;
	private final Clock clock;
	private final VehicleItemChecker vehiclesAndItems;
	private final RecordPhotos photos;

	RecordChecker(TradeProfiles profiles, IdNumbers idNumbers, NameKeys nameKeys, CodeTables codes, Files files,
			Clock clock) {
		this.vehiclesAndItems = new VehicleItemChecker(new FieldValues(codes));
		this.photos = new RecordPhotos(files);
		this.profiles = profiles;
		this.idNumbers = idNumbers;
		this.nameKeys = nameKeys;
		this.files = files;
		this.values = new FieldValues(codes);
		this.clock = clock;
	}

	/** Either the checked record or the errors; never both. */
	record Outcome(CheckedRecord record, List<RecordError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}
	}

	Outcome check(RecordSubmission submission, long venueId) {
		List<RecordError> errors = new ArrayList<>();
		RecordKind kind = kind(submission, errors);
		String reference = reference(submission.reference(), errors);
		OffsetDateTime occurredAt = occurredAt(submission.occurredAt(), errors);
		if (kind == null) {
			return new Outcome(null, errors);
		}
		Map<String, Object> attributes = attributes("attributes", kind.attributes(), submission.attributes(),
				spec -> spec.required(), errors);
		List<CheckedRecord.CheckedParty> parties = parties(kind, submission.parties(), venueId, errors);
		VehicleItemChecker.Checked objects = vehiclesAndItems.check(kind, submission, errors);
		if (errors.isEmpty()) {
			photos.check(kind, attributes, parties, objects, venueId, errors);
		}
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		return new Outcome(new CheckedRecord(submission.trade(), kind.code(), reference, occurredAt,
				submission.draftId(), attributes, parties, objects.vehicles(), objects.items()), List.of());
	}

	private RecordKind kind(RecordSubmission submission, List<RecordError> errors) {
		if (blank(submission.trade())) {
			errors.add(RecordError.of("trade", ErrorCode.FIELD_REQUIRED));
			return null;
		}
		if (profiles.find(submission.trade()).isEmpty()) {
			errors.add(RecordError.of("trade", ErrorCode.TRADE_UNKNOWN, submission.trade()));
			return null;
		}
		if (blank(submission.kind())) {
			errors.add(RecordError.of("kind", ErrorCode.FIELD_REQUIRED));
			return null;
		}
		RecordKind kind = profiles.kind(submission.trade(), submission.kind()).orElse(null);
		if (kind == null) {
			errors.add(RecordError.of("kind", ErrorCode.RECORD_KIND_UNKNOWN, submission.kind(), submission.trade()));
		}
		return kind;
	}

	private static String reference(String reference, List<RecordError> errors) {
		if (blank(reference)) {
			errors.add(RecordError.of("reference", ErrorCode.FIELD_REQUIRED));
			return null;
		}
		String trimmed = reference.strip();
		if (!REFERENCE.matcher(trimmed).matches()) {
			errors.add(RecordError.of("reference", ErrorCode.FIELD_FORMAT, "reference", trimmed,
					"reference (1–64 letters, digits, . _ : / # -)"));
		}
		return trimmed;
	}

	private OffsetDateTime occurredAt(String text, List<RecordError> errors) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
		if (blank(text)) {
			return now;
		}
		OffsetDateTime at = FieldValues.dateTime("occurredAt", text, errors);
		if (at != null && (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(EARLIEST))) {
			errors.add(RecordError.of("occurredAt", ErrorCode.OCCURRED_AT_INVALID, text));
			return null;
		}
		return at;
	}

	private Map<String, Object> attributes(String path, List<FieldSpec> declared, Map<String, Object> given,
			java.util.function.Predicate<FieldSpec> required, List<RecordError> errors) {
		return values.attributes(path, declared, given, required, errors);
	}

	private List<CheckedRecord.CheckedParty> parties(RecordKind kind, List<RecordSubmission.PartySubmission> parties,
			long venueId, List<RecordError> errors) {
		Map<String, Integer> perRole = new HashMap<>();
		List<CheckedRecord.CheckedParty> checked = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			RecordSubmission.PartySubmission party = parties.get(i);
			if (party == null) {
				errors.add(RecordError.of("parties[" + i + "]", ErrorCode.FIELD_REQUIRED));
				continue;
			}
			String path = "parties[" + i + "]";
			if (blank(party.role())) {
				errors.add(RecordError.of(path + ".role", ErrorCode.FIELD_REQUIRED));
				continue;
			}
			PartyRole role = kind.role(party.role()).orElse(null);
			if (role == null) {
				errors.add(RecordError.of(path + ".role", ErrorCode.PARTY_ROLE_UNKNOWN, path + ".role", party.role()));
				continue;
			}
			perRole.merge(role.code(), 1, Integer::sum);
			CheckedRecord.CheckedParty one = party(i, path, role, party, venueId, errors);
			if (one != null) {
				checked.add(one);
			}
		}
		for (PartyRole role : kind.roles()) {
			int count = perRole.getOrDefault(role.code(), 0);
			if (count < role.min() || count > role.max()) {
				errors.add(RecordError.of("parties", ErrorCode.PARTY_COUNT, role.code(), role.min(), role.max()));
			}
		}
		return checked;
	}

	private CheckedRecord.CheckedParty party(int position, String path, PartyRole role,
			RecordSubmission.PartySubmission party, long venueId, List<RecordError> errors) {
		int before = errors.size();
		String type = required(path + ".documentType", party.documentType(), errors);
		String number = required(path + ".documentNumber", party.documentNumber(), errors);
		String name = required(path + ".name", party.name(), errors);
		if (type == null || number == null) {
			return null;
		}
		IdCheck id = idNumbers.check(type, number);
		if (!id.valid() && party.confirmed() && id.reason() == ErrorCode.ID_NUMBER_CHECKSUM) {
			// The clerk confirms the document shows this number: stored as printed, and an identity alarm follows.
			id = new IdCheck(true, type, id.normalizedNumber(), null, null, null, null, List.of());
		}
		if (!id.valid()) {
			String field = id.reason() == ErrorCode.DOCUMENT_TYPE_UNKNOWN ? ".documentType" : ".documentNumber";
			errors.add(new RecordError(path + field, id.reason(), id.reasonArguments()));
			return null;
		}
		DocumentCategory category = DocumentCategory.of(type);
		if (category == null || !role.documentCategories().contains(category)) {
			errors.add(RecordError.of(path + ".documentType", ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED,
					path + ".documentType", type));
			return null;
		}
		if (name != null && name.codePointCount(0, name.length()) > 100) {
			errors.add(RecordError.of(path + ".name", ErrorCode.FIELD_TOO_LONG, 100));
		}
		// Confirmed facts that contradict the number are kept as given (the watch module raises an alarm).
		List<RecordError> contradictions = party.confirmed() ? new ArrayList<>() : errors;
		String sex = derived(path + ".sex", code("sex", path + ".sex", party.sex(), errors), id.sex(), contradictions);
		LocalDate birthDate = birthDate(path + ".birthDate", party.birthDate(), id.birthDate(), errors,
				contradictions);
		String region = code("region", path + ".regionCode", party.regionCode(), errors);
		if (region == null && id.region() != null) {
			region = id.region().code();
		}
		String ethnicity = code("ethnicity", path + ".ethnicity", party.ethnicity(), errors);
		String nationality = code("country", path + ".nationality", party.nationality(), errors);
		if (nationality == null && category == DocumentCategory.DOMESTIC) {
			nationality = "CHN";
		}
		String address = FieldValues.text(path + ".address", party.address(), 200, errors);
		String phone = FieldValues.text(path + ".phone", party.phone(), 32, errors);
		if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.add(RecordError.of(path + ".phone", ErrorCode.FIELD_FORMAT, path + ".phone", phone, "phone number"));
		}
		String surname = latin(path + ".latinSurname", party.latinSurname(), errors);
		String givenName = latin(path + ".latinGivenName", party.latinGivenName(), errors);
		Map<String, Object> present = new HashMap<>();
		present.put("sex", sex);
		present.put("birthDate", birthDate);
		present.put("ethnicity", ethnicity);
		present.put("nationality", nationality);
		present.put("regionCode", region);
		present.put("address", blank(address) ? null : address);
		present.put("phone", blank(phone) ? null : phone);
		present.put("latinSurname", surname);
		present.put("latinGivenName", givenName);
		for (String field : List.of("sex", "birthDate", "ethnicity", "nationality", "regionCode", "address", "phone",
				"latinSurname", "latinGivenName")) {
			if (role.requiresField(category, field) && present.get(field) == null
					&& errors.stream().noneMatch(e -> e.field().equals(path + "." + field))) {
				errors.add(RecordError.of(path + "." + field, ErrorCode.FIELD_REQUIRED));
			}
		}
		photo(path + ".documentPhotoId", party.documentPhotoId(), venueId, errors);
		photo(path + ".facePhotoId", party.facePhotoId(), venueId, errors);
		Map<String, Object> attributes = attributes(path + ".attributes", role.attributes(), party.attributes(),
				spec -> role.requiresAttribute(category, spec), errors);
		if (errors.size() > before) {
			return null;
		}
		return new CheckedRecord.CheckedParty(position, role.code(), type, id.normalizedNumber(),
				nameKeys.keys(name), surname, givenName, sex, birthDate, ethnicity, nationality, region,
				blank(address) ? null : address, blank(phone) ? null : phone, party.documentPhotoId(),
				party.facePhotoId(), attributes);
	}

	private String code(String table, String path, String raw, List<RecordError> errors) {
		return blank(raw) ? null : values.code(table, path, raw, errors);
	}

	/** A value the ID number also encodes must agree with it; when absent, the number's value is used. */
	private static String derived(String path, String given, String fromNumber, List<RecordError> errors) {
		if (given != null && fromNumber != null && !given.equals(fromNumber)) {
			errors.add(RecordError.of(path, ErrorCode.DERIVED_FIELD_MISMATCH, path, given, fromNumber));
		}
		return given != null ? given : fromNumber;
	}

	private LocalDate birthDate(String path, String raw, LocalDate fromNumber, List<RecordError> errors,
			List<RecordError> contradictions) {
		LocalDate given = blank(raw) ? null : FieldValues.date(path, raw, errors);
		if (given != null && given.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
			errors.add(RecordError.of(path, ErrorCode.FIELD_FORMAT, path, raw, "birth date not in the future"));
			return null;
		}
		if (given != null && fromNumber != null && !given.equals(fromNumber)) {
			contradictions.add(RecordError.of(path, ErrorCode.DERIVED_FIELD_MISMATCH, path, given, fromNumber));
		}
		return given != null ? given : fromNumber;
	}

	private static String latin(String path, String raw, List<RecordError> errors) {
		if (blank(raw)) {
			return null;
		}
		String upper = NameKeys.normalize(raw);
		if (!LATIN.matcher(upper).matches()) {
			errors.add(RecordError.of(path, ErrorCode.FIELD_FORMAT, path, raw, "name in Latin letters"));
			return null;
		}
		return upper;
	}

	private void photo(String path, Long id, long venueId, List<RecordError> errors) {
		if (id == null) {
			return;
		}
		StoredFile file = files.find(id).orElse(null);
		if (file == null || !Objects.equals(file.venueId(), venueId)) {
			errors.add(RecordError.of(path, ErrorCode.FILE_REFERENCE_INVALID, path, id));
		}
	}

	private static String required(String path, String value, List<RecordError> errors) {
		if (blank(value)) {
			errors.add(RecordError.of(path, ErrorCode.FIELD_REQUIRED));
			return null;
		}
		return value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
