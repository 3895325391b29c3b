package io.zhian.supervision.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped checklists, declared once as resources: {@code inspection/common.yaml} holds the sections every
 * trade shares (licences, staff, security, fire safety) and {@code inspection/trades.yaml} one section and the
 * legal basis per trade. A trade's default is the common part followed by its own section.
 */
final class DefaultTemplates {

	/** A trade's default before it is stored as version 1. */
	record Draft(String legalBasis, List<TemplateSection> sections) {
	}

	private record Common(List<TemplateSection> sections) {
	}

	private record TradePart(String legalBasis, String title, String titleEn, List<TemplateItem> items) {
	}

	private DefaultTemplates() {
	}

	/** Every trade's default, by trade code. */
	static Map<String, Draft> load(JsonMapper json) {
		JsonMapper lenient = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
		Common common = lenient.convertValue(read("inspection/common.yaml"), Common.class);
		Map<String, Draft> drafts = new TreeMap<>();
		read("inspection/trades.yaml").forEach((trade, part) -> {
			TradePart own = lenient.convertValue(part, TradePart.class);
			List<TemplateSection> sections = new ArrayList<>(common.sections());
			sections.add(new TemplateSection(trade, own.title(), own.titleEn(), own.items()));
			drafts.put(trade, new Draft(own.legalBasis(), sections));
		});
		return drafts;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
