package io.zhian.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/error-codes.md, the ErrorCode enum and both message bundles must list exactly the same codes. */
class ErrorCodesDocumentTest {

	private static final Pattern DOCUMENTED = Pattern.compile("^\\|\\s*`?(ZA-\\d{4})`?\\s*\\|", Pattern.MULTILINE);

	@Test
	void documentAndCodeAgree() throws IOException {
		Set<String> inCode = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(inCode).as("codes are unique").hasSize(ErrorCode.values().length);

		String document = Files.readString(Path.of("..", "docs", "error-codes.md"), StandardCharsets.UTF_8);
		Set<String> documented = new TreeSet<>();
		Matcher matcher = DOCUMENTED.matcher(document);
		while (matcher.find()) {
			documented.add(matcher.group(1));
		}
		assertThat(documented).as("docs/error-codes.md rows").isEqualTo(inCode);
	}

	@Test
	void everyCodeHasATitleAndMessageInBothLanguages() throws IOException {
		for (String bundle : new String[] { "i18n/errors.properties", "i18n/errors_zh_CN.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (ErrorCode code : ErrorCode.values()) {
				assertThat(messages.getProperty(code.code())).as(bundle + " " + code.code()).isNotBlank();
				assertThat(messages.getProperty(code.code() + ".title")).as(bundle + " title " + code.code())
					.isNotBlank();
			}
			assertThat(messages.stringPropertyNames().stream().map(key -> key.replace(".title", ""))
				.collect(Collectors.toSet())).as(bundle + " has no stale codes")
				.isEqualTo(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet()));
		}
	}
}
