package io.zhian.bench.city;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV tables the city is made from: ours under city/, the server's code tables under reference/tables/. */
final class Resources {

	private Resources() {
	}

	static List<CSVRecord> csv(String path) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
			.get();
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(Resources.class.getClassLoader().getResourceAsStream(path), path),
				StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
