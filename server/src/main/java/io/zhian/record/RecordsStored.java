package io.zhian.record;

import java.util.List;

/**
 * Published once for each chunk of a lot that the lot worker stored in bulk, inside the chunk's transaction, with
 * every record the chunk stored (never a duplicate): one event publication for hundreds of records instead of
 * one each. Records of a lot that went the single path (one naming a draft, or one decided alone after the bulk
 * store failed) come as {@link RecordStored}.
 */
public record RecordsStored(List<RecordStored> records) {

	public RecordsStored {
		records = List.copyOf(records);
	}
}
