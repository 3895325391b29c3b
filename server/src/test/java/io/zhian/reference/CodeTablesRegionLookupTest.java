package io.zhian.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CodeTablesRegionLookupTest {

	private final RegionLookup regions = new Regions();

	@Test
	void findsCurrentAndRetiredCodes() {
		assertThat(regions.find("110101")).hasValueSatisfying(r -> {
			assertThat(r.name()).isEqualTo("东城区");
			assertThat(r.level()).isEqualTo("COUNTY");
			assertThat(r.retired()).isFalse();
		});
		assertThat(regions.find("110103")).hasValueSatisfying(r -> {
			assertThat(r.name()).isEqualTo("崇文区");
			assertThat(r.retired()).isTrue();
			assertThat(r.validTo()).isEqualTo(LocalDate.of(2010, 10, 1));
		});
		assertThat(regions.find("310103")).hasValueSatisfying(r -> assertThat(r.retired()).isTrue());
		assertThat(regions.find("320107")).hasValueSatisfying(r -> assertThat(r.retired()).isTrue());
		assertThat(regions.find("110000")).hasValueSatisfying(r -> assertThat(r.level()).isEqualTo("PROVINCE"));
		assertThat(regions.find("810000")).isPresent();
		assertThat(regions.find("820000")).isPresent();
		assertThat(regions.find("830000")).isPresent();
		assertThat(regions.find("999999")).isEmpty();
		assertThat(regions.find(null)).isEmpty();
	}
}
