package io.zhian.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the trade profiles declared as resources: every {@code trades/*.yaml} but the shared field library
 * {@code trades/fields.yaml}. A field in a declaration is either written out in full or named from the library:
 * {@code amount} (optional) or {@code amount*} (required), or {@code {use: amount, labelZh: 赎金}} to adjust one
 * property. A declaration that does not read as a profile (an unknown property, a wrong type) stops the start:
 * a trade must never silently lose a field.
 */
final class DeclaredProfiles {

	private static final String LIBRARY = "fields.yaml";
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private DeclaredProfiles() {
	}

	static List<TradeProfile> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:trades/*.yaml");
			Map<String, Object> library = Map.of();
			List<Resource> declarations = new ArrayList<>();
			for (Resource resource : resources) {
				if (LIBRARY.equals(resource.getFilename())) {
					library = read(resource);
				}
				else {
					declarations.add(resource);
				}
			}
			List<TradeProfile> profiles = new ArrayList<>();
			for (Resource resource : declarations) {
				profiles.add(profile(resource, library));
			}
			return profiles;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static TradeProfile profile(Resource resource, Map<String, Object> library) {
		Object tree = expand(read(resource), library);
		try {
			return MAPPER.convertValue(tree, DeclaredProfile.class);
		}
		catch (RuntimeException e) {
			throw new IllegalStateException("Trade declaration " + resource.getFilename() + " is invalid", e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces library references in every {@code attributes} list, at any depth. */
	@SuppressWarnings("unchecked")
	private static Object expand(Object node, Map<String, Object> library) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put((String) key, "attributes".equals(key) && value instanceof List<?> list
					? list.stream().map(field -> field(field, library)).toList() : expand(value, library)));
			return copy;
		}
		if (node instanceof List<?> list) {
			return list.stream().map(element -> expand(element, library)).toList();
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	private static Object field(Object declared, Map<String, Object> library) {
		if (declared instanceof String reference) {
			boolean required = reference.endsWith("*");
			String name = required ? reference.substring(0, reference.length() - 1) : reference;
			Map<String, Object> field = fromLibrary(name, library);
			field.put("required", required);
			return field;
		}
		Map<String, Object> field = (Map<String, Object>) declared;
		if (field.containsKey("use")) {
			Map<String, Object> adjusted = fromLibrary((String) field.get("use"), library);
			field.forEach((key, value) -> {
				if (!"use".equals(key)) {
					adjusted.put(key, value);
				}
			});
			return adjusted;
		}
		return field;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> fromLibrary(String name, Map<String, Object> library) {
		Object entry = library.get(name);
		if (!(entry instanceof Map<?, ?>)) {
			throw new IllegalStateException("Field " + name + " is not in trades/" + LIBRARY);
		}
		Map<String, Object> field = new LinkedHashMap<>((Map<String, Object>) entry);
		field.put("name", name);
		return field;
	}
}
