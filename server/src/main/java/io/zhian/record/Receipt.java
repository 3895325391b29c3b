package io.zhian.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Proof for the venue that a lot was received and what became of it, signed with the server's SM2 key: the
 * venue can show it to an inspector, and anyone can check it with {@code POST /api/v1/records/receipts/verify}.
 *
 * @param references the references of the records stored or already on file, in lot order
 * @param signature SM2 with SM3 over {@link #signedText()}, DER, Base64
 */
public record Receipt(UUID lotId, String venueCode, String venueName, Instant receivedAt, Instant completedAt,
		int records, int stored, int duplicates, int rejected, List<String> references, Instant issuedAt,
		String keyId, String algorithm, String signature) {

	/** Exactly what is signed: one field per line in a fixed order, so any change breaks the signature. */
	public byte[] signedText() {
		StringBuilder text = new StringBuilder("zhian-receipt-v1\n")
			.append("lot=").append(lotId).append('\n')
			.append("venue=").append(venueCode).append(' ').append(venueName).append('\n')
			.append("received=").append(receivedAt).append('\n')
			.append("completed=").append(completedAt).append('\n')
			.append("counts=").append(records).append('/').append(stored).append('/').append(duplicates).append('/')
			.append(rejected).append('\n')
			.append("issued=").append(issuedAt).append('\n');
		for (String reference : references == null ? List.<String>of() : references) {
			text.append("ref=").append(reference).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
