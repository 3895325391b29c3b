package io.zhian.bench.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVRecord;

/**
 * Where guests come from, as the first six digits of their ID numbers: current county-level codes of the shipped
 * GB/T 2260 table, most from the city's own province, then from its neighbours, then from anywhere.
 */
final class Origins {

	/** Chongqing's neighbours: Sichuan, Guizhou, Hubei, Hunan, Shaanxi. */
	private static final List<String> NEIGHBOURS = List.of("51", "52", "42", "43", "61");
	private static final double LOCAL = 0.62;
	private static final double NEIGHBOURING = 0.22;

	private final String province;
	private final Map<String, List<String>> countiesByProvince = new HashMap<>();
	private final Map<String, String> names = new HashMap<>();
	private final List<String> others = new ArrayList<>();

	Origins(String province) {
		this.province = province;
		for (CSVRecord row : Resources.csv("reference/tables/region.csv")) {
			String code = row.get("code");
			names.put(code, row.get("name"));
			boolean county = row.get("attributes").contains("\"COUNTY\"") && row.get("valid_to").isEmpty()
					&& !code.endsWith("00") && !code.startsWith("71") && !code.startsWith("8");
			if (county) {
				countiesByProvince.computeIfAbsent(code.substring(0, 2), p -> new ArrayList<>()).add(code);
			}
		}
		countiesByProvince.keySet().stream().filter(p -> !p.equals(province) && !NEIGHBOURS.contains(p)).sorted()
			.forEach(others::add);
	}

	String county(SplittableRandom random) {
		double draw = random.nextDouble();
		String from = draw < LOCAL ? province
				: draw < LOCAL + NEIGHBOURING ? NEIGHBOURS.get(random.nextInt(NEIGHBOURS.size()))
						: others.get(random.nextInt(others.size()));
		List<String> counties = countiesByProvince.get(from);
		return counties.get(random.nextInt(counties.size()));
	}

	/** A street address in the county, as a front desk copies it from the ID card. */
	String address(SplittableRandom random, String county) {
		String provinceName = names.getOrDefault(county.substring(0, 2) + "0000", "");
		String prefectureName = names.getOrDefault(county.substring(0, 4) + "00", "");
		if ("市辖区".equals(prefectureName) || "县".equals(prefectureName) || prefectureName.equals(provinceName)) {
			prefectureName = "";
		}
		return provinceName + prefectureName + names.getOrDefault(county, "") + Streets.ANY[random.nextInt(Streets.ANY.length)]
				+ (1 + random.nextInt(300)) + "号";
	}
}
