package io.zhian.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The GB/T 2260 regions, current and retired, from the shipped region table. */
@Component
class Regions implements RegionLookup {

	private final Map<String, Region> byCode;

	Regions() {
		this.byCode = read();
	}

	@Override
	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	private static Map<String, Region> read() {
		Map<String, Region> regions = new HashMap<>();
		try (Reader in = new InputStreamReader(new ClassPathResource("reference/tables/region.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String code = row.get("code");
				regions.put(code, new Region(code, row.get("name"), level(code), date(row.get("valid_from")),
						date(row.get("valid_to"))));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(regions);
	}

	private static String level(String code) {
		return code.endsWith("0000") ? "PROVINCE" : code.endsWith("00") ? "PREFECTURE" : "COUNTY";
	}

	private static LocalDate date(String value) {
		return value.isEmpty() ? null : LocalDate.parse(value);
	}
}
