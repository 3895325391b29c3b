package io.zhian.reference;

import java.util.Set;

/**
 * A name as Zhian stores and searches it. Two names sound alike when their {@code pinyin} sets meet (同音);
 * a fuzzy search also accepts meeting {@code fuzzy} sets.
 *
 * @param normalized the name as stored: trimmed, half-width, one kind of middle dot, Latin upper-case
 * @param pinyin full-pinyin keys without tones, syllables run together ("zhangsan"); several for polyphonic
 * characters, the likeliest first
 * @param initials the syllables' first letters ("zs")
 * @param fuzzy full-pinyin keys with the commonly merged sounds folded (z/zh, c/ch, s/sh, n/l, h/f, an/ang,
 * en/eng, in/ing)
 */
public record NameKey(String normalized, Set<String> pinyin, Set<String> initials, Set<String> fuzzy) {
}
