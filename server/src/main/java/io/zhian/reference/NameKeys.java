package io.zhian.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Normalised names and their search keys for homophone search (同音查询): front desks mistype characters, so a
 * name must be findable by how it sounds. The keys are full pinyin without tones (张三 → zhangsan), initials
 * (zs) and a fuzzy-sound key that folds the sounds many speakers merge (z/zh, c/ch, s/sh, n/l, h/f, an/ang,
 * en/eng, in/ing), always computed and optional in queries.
 * <p>
 * Readings come from pinyin4j, which knows every reading of a polyphonic character; they are read once into a
 * table indexed by character, so computing keys neither formats nor searches. A name's first character (or two,
 * for a compound surname) is read as a surname from {@code reference/surname-readings.txt}; the given name
 * yields every reading of its characters, at most {@value #MAX_KEYS} combinations, those that use the
 * characters' first readings first.
 */
@Component
public class NameKeys {

	/** Keys per kind at most: a long name of polyphonic characters would otherwise yield hundreds. */
	public static final int MAX_KEYS = 16;

	static final char MIDDLE_DOT = '\u00B7';
	private static final String SURNAME_READINGS = "reference/surname-readings.txt";

	/** The CJK Unified Ideographs and Extension A, where pinyin4j has readings. */
	private static final int FIRST = 0x3400;
	private static final int LAST = 0x9FFF;

	/** The readings of every character from FIRST to LAST, null where there is none. */
	private final Token[][] readings = new Token[LAST - FIRST + 1][];
	/** Surname readings of single characters, null where the character's readings apply. */
	private final Token[][] surnames = new Token[LAST - FIRST + 1][];
	/** Compound surnames by their two characters ((first << 16) | second), each alternative one token. */
	private final Map<Integer, Token[]> compoundSurnames = new HashMap<>();
	/** Every syllable by its spelling, so that a Latin-spelled name word that is one syllable folds like one. */
	private final Map<String, Token> syllables = new HashMap<>();

	/**
	 * One reading: a syllable (or the two syllables of a compound surname, or a Latin word) with its initials
	 * and fuzzy form computed once.
	 */
	private record Token(String pinyin, String initials, String fuzzy) {
	}

	public NameKeys() {
		for (int c = FIRST; c <= LAST; c++) {
			String[] raw = PinyinHelper.toHanyuPinyinStringArray((char) c);
			if (raw != null) {
				readings[c - FIRST] = tokens(raw);
			}
		}
		readSurnames();
	}

	/** The normalised name and its keys. A null or blank name has empty keys. */
	public NameKey keys(String name) {
		String normalized = normalize(name);
		if (normalized.isEmpty()) {
			return new NameKey(normalized, Set.of(), Set.of(), Set.of());
		}
		List<Token[]> positions = positions(normalized);
		if (positions.isEmpty()) {
			return new NameKey(normalized, Set.of(), Set.of(), Set.of());
		}
		return combine(normalized, positions);
	}

	/**
	 * Trims, collapses inner whitespace, folds full-width forms to half-width (NFKC), unifies the middle-dot
	 * variants of transliterated ethnic-minority and foreign names (阿卜杜拉·买买提) to U+00B7, drops the spaces
	 * between Chinese characters and around the dot (张 三 is 张三), and upper-cases Latin letters.
	 */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String text = name;
		if (!plain(text)) {
			text = Normalizer.normalize(text, Normalizer.Form.NFKC);
		}
		boolean chinese = false;
		for (int i = 0; i < text.length() && !chinese; i++) {
			chinese = cjk(text.charAt(i));
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (middleDot(c) || (c == '.' && chinese)) {
				c = MIDDLE_DOT;
			}
			if (pendingSpace) {
				char previous = out.charAt(out.length() - 1);
				boolean joined = c == MIDDLE_DOT || previous == MIDDLE_DOT || (cjk(previous) && cjk(c));
				if (!joined) {
					out.append(' ');
				}
				pendingSpace = false;
			}
			out.append(Character.toUpperCase(c));
		}
		return out.toString();
	}

	private NameKey combine(String normalized, List<Token[]> positions) {
		int count = positions.size();
		int[] choice = new int[count];
		int maxRank = 0;
		boolean single = true;
		for (Token[] options : positions) {
			maxRank += options.length - 1;
			single &= options.length == 1;
		}
		if (single) {
			// The common case: no polyphonic character, one key of each kind.
			return new NameKey(normalized, Set.of(join(positions, choice, 0)), Set.of(join(positions, choice, 1)),
					Set.of(join(positions, choice, 2)));
		}
		Set<String> pinyin = new LinkedHashSet<>();
		Set<String> initials = new LinkedHashSet<>();
		Set<String> fuzzy = new LinkedHashSet<>();
		Collector collector = new Collector(positions, pinyin, initials, fuzzy);
		// Combinations by the sum of their reading ranks: every single alternative reading comes before any
		// combination of two, so the cap drops the least likely readings.
		for (int rank = 0; rank <= maxRank && collector.combinations < MAX_KEYS; rank++) {
			collector.enumerate(choice, 0, rank);
		}
		return new NameKey(normalized, Collections.unmodifiableSet(pinyin), Collections.unmodifiableSet(initials),
				Collections.unmodifiableSet(fuzzy));
	}

	private static final class Collector {

		private final List<Token[]> positions;
		private final Set<String> pinyin;
		private final Set<String> initials;
		private final Set<String> fuzzy;
		private int combinations;

		Collector(List<Token[]> positions, Set<String> pinyin, Set<String> initials, Set<String> fuzzy) {
			this.positions = positions;
			this.pinyin = pinyin;
			this.initials = initials;
			this.fuzzy = fuzzy;
		}

		/** Every choice of readings from {@code position} on whose ranks add up to {@code rank}. */
		void enumerate(int[] choice, int position, int rank) {
			if (combinations >= MAX_KEYS) {
				return;
			}
			if (position == choice.length) {
				if (rank == 0) {
					combinations++;
					pinyin.add(join(positions, choice, 0));
					initials.add(join(positions, choice, 1));
					fuzzy.add(join(positions, choice, 2));
				}
				return;
			}
			int options = positions.get(position).length;
			for (int r = 0; r < options && r <= rank; r++) {
				choice[position] = r;
				enumerate(choice, position + 1, rank - r);
			}
			choice[position] = 0;
		}
	}

	/** One key of a combination: kind 0 pinyin, 1 initials, 2 fuzzy. */
	private static String join(List<Token[]> positions, int[] choice, int kind) {
		StringBuilder key = new StringBuilder(positions.size() * 6);
		for (int i = 0; i < positions.size(); i++) {
			Token token = positions.get(i)[choice[i]];
			key.append(kind == 0 ? token.pinyin() : kind == 1 ? token.initials() : token.fuzzy());
		}
		return key.toString();
	}

	/** The reading options of each sounding part of a normalised name: characters, Latin words, digits. */
	private List<Token[]> positions(String name) {
		List<Token[]> positions = new ArrayList<>(name.length());
		int length = name.length();
		int i = 0;
		if (cjk(name.charAt(0)) && name.indexOf(MIDDLE_DOT) < 0) {
			i = surname(name, positions);
		}
		while (i < length) {
			char c = name.charAt(i);
			if (cjk(c)) {
				Token[] options = readings[c - FIRST];
				positions.add(options != null ? options : literal(String.valueOf(c)));
				i++;
			}
			else if (Character.isLetterOrDigit(c) && !Character.isHighSurrogate(c)) {
				int end = i + 1;
				while (end < length && Character.isLetterOrDigit(name.charAt(end)) && !cjk(name.charAt(end))
						&& !Character.isHighSurrogate(name.charAt(end))) {
					end++;
				}
				positions.add(word(name.substring(i, end)));
				i = end;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLetter(name.codePointAt(i))) {
				// A rare character beyond the table (CJK Extension B and later): it stands for itself.
				positions.add(literal(name.substring(i, i + 2)));
				i += 2;
			}
			else {
				// Spaces, the middle dot, apostrophes and hyphens separate; they do not sound.
				i++;
			}
		}
		return positions;
	}

	/** Adds the surname's readings, if the name starts with one from the table; answers where the rest starts. */
	private int surname(String name, List<Token[]> positions) {
		if (name.length() >= 3 && cjk(name.charAt(1)) && cjk(name.charAt(2))) {
			Token[] compound = compoundSurnames.get((name.charAt(0) << 16) | name.charAt(1));
			if (compound != null) {
				positions.add(compound);
				return 2;
			}
		}
		Token[] single = surnames[name.charAt(0) - FIRST];
		if (single != null) {
			positions.add(single);
			return 1;
		}
		return 0;
	}

	/** A Latin word (a foreign name, or a Chinese name spelt in pinyin) or a number: lower-case letters. */
	private Token[] word(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		Token syllable = syllables.get(lower);
		if (syllable != null) {
			// One pinyin syllable ("ZHANG SAN"): keyed like the character, so the fuzzy keys meet too.
			return new Token[] { syllable };
		}
		return new Token[] { new Token(lower, lower.substring(0, 1), lower) };
	}

	private static Token[] literal(String text) {
		return new Token[] { new Token(text, text, text) };
	}

	/** pinyin4j's readings ("zhang3", "lu:4") as distinct toneless syllables in pinyin4j's order, ü as v. */
	private Token[] tokens(String[] raw) {
		List<Token> tokens = new ArrayList<>(raw.length);
		for (String reading : raw) {
			String syllable = toneless(reading);
			if (syllable == null) {
				continue;
			}
			Token token = syllable(syllable);
			if (!tokens.contains(token)) {
				tokens.add(token);
			}
		}
		return tokens.isEmpty() ? null : tokens.toArray(Token[]::new);
	}

	private static String toneless(String reading) {
		StringBuilder syllable = new StringBuilder(reading.length());
		for (int i = 0; i < reading.length(); i++) {
			char c = reading.charAt(i);
			if (c >= 'a' && c <= 'z') {
				syllable.append(c);
			}
			else if (c == ':' && syllable.length() > 0 && syllable.charAt(syllable.length() - 1) == 'u') {
				syllable.setCharAt(syllable.length() - 1, 'v');
			}
			else if (c < '0' || c > '9') {
				// pinyin4j marks a few characters with placeholders such as "(none0)": not a reading.
				return null;
			}
		}
		return syllable.length() == 0 ? null : syllable.toString();
	}

	private Token syllable(String pinyin) {
		return syllables.computeIfAbsent(pinyin,
				spelling -> new Token(spelling, spelling.substring(0, 1), fold(spelling)));
	}

	/**
	 * The fuzzy form of one syllable: zh→z, ch→c, sh→s, l→n, f→h at the start; ang→an, eng→en, ing→in at
	 * the end (ong stays: it has no -on counterpart to merge with).
	 */
	static String fold(String syllable) {
		String s = syllable;
		if (s.length() >= 2 && s.charAt(1) == 'h' && (s.charAt(0) == 'z' || s.charAt(0) == 'c' || s.charAt(0) == 's')) {
			s = s.charAt(0) + s.substring(2);
		}
		else if (s.charAt(0) == 'l') {
			s = 'n' + s.substring(1);
		}
		else if (s.charAt(0) == 'f') {
			s = 'h' + s.substring(1);
		}
		int n = s.length();
		if (n >= 3 && s.charAt(n - 1) == 'g' && s.charAt(n - 2) == 'n'
				&& (s.charAt(n - 3) == 'a' || s.charAt(n - 3) == 'e' || s.charAt(n - 3) == 'i')) {
			s = s.substring(0, n - 1);
		}
		return s;
	}

	private void readSurnames() {
		InputStream in = NameKeys.class.getClassLoader().getResourceAsStream(SURNAME_READINGS);
		if (in == null) {
			throw new IllegalStateException(SURNAME_READINGS + " is missing");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int space = line.indexOf(' ');
				if (space < 0) {
					throw new IllegalStateException(SURNAME_READINGS + ":" + number + ": no reading");
				}
				String surname = line.substring(0, space);
				List<Token> alternatives = new ArrayList<>();
				for (String alternative : line.substring(space + 1).split("\\|")) {
					String[] parts = alternative.strip().split(" +");
					if (parts.length != surname.length()) {
						throw new IllegalStateException(SURNAME_READINGS + ":" + number
								+ ": one syllable per character expected");
					}
					alternatives.add(surnameToken(parts));
				}
				Token[] options = alternatives.toArray(Token[]::new);
				if (surname.length() == 1 && cjk(surname.charAt(0))) {
					surnames[surname.charAt(0) - FIRST] = options;
				}
				else if (surname.length() == 2 && cjk(surname.charAt(0)) && cjk(surname.charAt(1))) {
					compoundSurnames.put((surname.charAt(0) << 16) | surname.charAt(1), options);
				}
				else {
					throw new IllegalStateException(SURNAME_READINGS + ":" + number + ": not a surname: " + surname);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Token surnameToken(String[] parts) {
		if (parts.length == 1) {
			return syllable(parts[0]);
		}
		StringBuilder pinyin = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		StringBuilder fuzzy = new StringBuilder();
		for (String part : parts) {
			Token token = syllable(part);
			pinyin.append(token.pinyin());
			initials.append(token.initials());
			fuzzy.append(token.fuzzy());
		}
		return new Token(pinyin.toString(), initials.toString(), fuzzy.toString());
	}

	/** True when NFKC cannot change the text: CJK ideographs, printable ASCII and the standard middle dot. */
	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= ' ' && c <= '~') && !cjk(c) && c != MIDDLE_DOT) {
				return false;
			}
		}
		return true;
	}

	static boolean cjk(char c) {
		return c >= FIRST && c <= LAST;
	}

	/** The dots that stand between the parts of a transliterated name, as typed on different keyboards. */
	private static boolean middleDot(char c) {
		switch (c) {
			case '\u00B7': // MIDDLE DOT
			case '\u30FB': // KATAKANA MIDDLE DOT (also what NFKC makes of U+FF65)
			case '\uFF65': // HALFWIDTH KATAKANA MIDDLE DOT
			case '\u2022': // BULLET
			case '\u2027': // HYPHENATION POINT
			case '\u2219': // BULLET OPERATOR
			case '\u22C5': // DOT OPERATOR
			case '\u318D': // HANGUL LETTER ARAEA
			case '\u119E': // HANGUL JUNGSEONG ARAEA (what NFKC makes of U+318D)
			case '\u0387': // GREEK ANO TELEIA
				return true;
			default:
				return false;
		}
	}
}
