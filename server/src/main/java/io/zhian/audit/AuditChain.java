package io.zhian.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.zhian.common.Sm3;

/**
 * The chaining rule: a row's hash is SM3 over the previous row's hash and the row's own fields, each
 * length-prefixed so that no two different rows can serialise alike.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String previousHash, AuditEvent event) {
		StringBuilder canonical = new StringBuilder(256);
		append(canonical, Long.toString(event.id()));
		append(canonical, Long.toString(micros(event.occurredAt())));
		append(canonical, event.actor());
		append(canonical, event.actorId() == null ? null : event.actorId().toString());
		append(canonical, event.unitCode());
		append(canonical, event.sourceIp());
		append(canonical, event.action());
		append(canonical, event.entityType());
		append(canonical, event.entityId());
		append(canonical, event.outcome());
		append(canonical, event.detail());
		byte[] digest = Sm3.digest(previousHash.getBytes(StandardCharsets.US_ASCII),
				canonical.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}

	/** PostgreSQL keeps microseconds; the hash must see exactly what is stored. */
	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static void append(StringBuilder out, String value) {
		if (value == null) {
			out.append("-1:");
		}
		else {
			out.append(value.length()).append(':').append(value);
		}
		out.append('|');
	}
}
