package io.zhian.common;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905), the national hash, for chaining the audit trail and storing token digests. */
public final class Sm3 {

	private Sm3() {
	}

	public static byte[] digest(byte[]... parts) {
		SM3Digest digest = new SM3Digest();
		for (byte[] part : parts) {
			digest.update(part, 0, part.length);
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(digest(bytes));
	}
}
