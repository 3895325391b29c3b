package io.zhian.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.ZhianException;
import io.zhian.common.export.XlsxExport;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "search", description = "Person search (combined, fuzzy, homophone), trajectories and companions")
@PreAuthorize("hasAuthority('RECORD_READ')")
class SearchController {

	private static final List<String> HEADERS_ZH = List.of("时间", "结束时间", "行业", "类型", "姓名", "证件类型", "证件号码",
			"性别", "出生日期", "国籍", "籍贯地区", "场所", "派出所", "属性", "记录编号");
	private static final List<String> HEADERS_EN = List.of("Time", "Ended", "Trade", "Kind", "Name", "Document type",
			"Document number", "Sex", "Birth date", "Nationality", "Region", "Venue", "Station", "Attributes",
			"Record id");

	private final PartySearch search;
	private final Trajectories trajectories;
	private final XlsxExport xlsx;

	SearchController(PartySearch search, Trajectories trajectories, XlsxExport xlsx) {
		this.search = search;
		this.trajectories = trajectories;
		this.xlsx = xlsx;
	}

	/** The query parameters of a party search, bound by name. */
	record Params(String documentType, String documentNumber, Boolean prefix, String name, String nameMatch,
			Boolean homophone, Boolean fuzzySound, String latinName,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthTo, String sex, String nationality,
			String regionCode, Long venueId, Long unitId, String trade, String kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {

		PartyCriteria criteria() {
			NameMatch match = Boolean.TRUE.equals(homophone) || Boolean.TRUE.equals(fuzzySound) ? NameMatch.HOMOPHONE
					: parse(nameMatch);
			return new PartyCriteria(documentType, documentNumber, Boolean.TRUE.equals(prefix), name, match,
					Boolean.TRUE.equals(fuzzySound), latinName, birthFrom, birthTo, sex, nationality, regionCode,
					venueId, unitId, trade, kind, from, to);
		}

		private static NameMatch parse(String value) {
			if (value == null || value.isBlank()) {
				return NameMatch.EXACT;
			}
			try {
				return NameMatch.valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new ZhianException(ErrorCode.INVALID_PARAMETER, "nameMatch", value, "EXACT | FUZZY | HOMOPHONE");
			}
		}
	}

	@GetMapping("/parties")
	@Operation(summary = "People in records of every trade, any combination of criteria, newest first (audited)")
	PartyPage parties(@ModelAttribute Params params, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.search(CurrentActor.require(), params.criteria(), PageQuery.of(page, size));
	}

	@GetMapping("/parties/export")
	@Operation(summary = "The same search as xlsx, refused beyond the export cap (ZA-0015); audited")
	ResponseEntity<byte[]> export(@ModelAttribute Params params) {
		boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
		byte[] workbook = search.export(CurrentActor.require(), params.criteria(), chinese ? HEADERS_ZH : HEADERS_EN);
		return xlsx.download(chinese ? "人员查询" : "people", workbook);
	}

	@GetMapping("/trajectory")
	@Operation(summary = "轨迹: one person's appearances across venues and trades in time order (audited)")
	Trajectories.Trajectory trajectory(@ModelAttribute Trajectories.PersonRef person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		return trajectories.trajectory(CurrentActor.require(), person, from, to);
	}

	@GetMapping("/companions")
	@Operation(summary = "同住/同时段: people in the same records, and at the same venue within ±windowMinutes")
	Trajectories.Companions companions(@ModelAttribute Trajectories.PersonRef person,
			@RequestParam(required = false) Integer windowMinutes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		return trajectories.companions(CurrentActor.require(), person, windowMinutes, from, to);
	}
}
