package io.zhian.common;

/**
 * Paging parameters as every list endpoint takes them ({@code ?page=0&size=20}). Out-of-range values are
 * refused with ZA-0007 rather than silently clamped, so a client learns its mistake.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static PageQuery of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? 20 : size;
		if (p < 0 || s < 1 || s > MAX_SIZE) {
			throw new ZhianException(ErrorCode.INVALID_PAGING, MAX_SIZE);
		}
		return new PageQuery(p, s);
	}

	public long offset() {
		return (long) page * size;
	}
}
