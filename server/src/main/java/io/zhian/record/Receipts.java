package io.zhian.record;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.security.Signatures;
import io.zhian.venue.Venue;
import io.zhian.venue.Venues;

/** Issues and checks signed lot receipts. */
@Service
public class Receipts {

	private final Lots lots;
	private final Venues venues;
	private final Signatures signatures;
	private final AuditTrail audit;
	private final Clock clock;

	Receipts(Lots lots, Venues venues, Signatures signatures, AuditTrail audit, Clock clock) {
		this.lots = lots;
		this.venues = venues;
		this.signatures = signatures;
		this.audit = audit;
		this.clock = clock;
	}

	public Receipt issue(Actor actor, UUID lotId) {
		LotStatus lot = lots.status(actor, lotId, Locale.ROOT, false);
		if (!"DONE".equals(lot.status())) {
			throw new ZhianException(ErrorCode.LOT_NOT_DONE, lotId);
		}
		Venue venue = venues.find(actor.venueId()).orElseThrow();
		Receipt unsigned = new Receipt(lotId, venue.code(), venue.name(), lot.receivedAt(), lot.completedAt(),
				lot.records(), lot.stored(), lot.duplicates(), lot.rejected(), lots.acceptedReferences(lotId),
				clock.instant(), null, null, null);
		Signatures.Signature signature = signatures.sign(unsigned.signedText());
		audit.record(AuditRecord.success(AuditAction.EXPORT, "RecordLot", lotId, "receipt " + signature.keyId()));
		return new Receipt(unsigned.lotId(), unsigned.venueCode(), unsigned.venueName(), unsigned.receivedAt(),
				unsigned.completedAt(), unsigned.records(), unsigned.stored(), unsigned.duplicates(),
				unsigned.rejected(), unsigned.references(), unsigned.issuedAt(), signature.keyId(),
				signature.algorithm(), signature.value());
	}

	public boolean verify(Receipt receipt) {
		return Signatures.ALGORITHM.equals(receipt.algorithm())
				&& signatures.verify(receipt.signedText(), receipt.keyId(), receipt.signature());
	}
}
