package io.newsflow.enrich.extract;

import java.util.Arrays;

/**
 * Word tokens: Unicode \w+ runs, as the benchmark counts them, except that Chinese and Japanese,
 * written without spaces, are cut into pairs of characters (about one word each), so that word
 * counts and the prose thresholds built on them mean the same in every script. Hand-written
 * rather than a regex because every line of every page goes through it; the same pass counts
 * the function words and the letters per script, so each character is looked at once.
 */
final class Words {

    private static final int CJK_CHARS_PER_WORD = 2;
    /** Fewer than the characters a word and its space take in prose, so that lines seldom outgrow their first span array. */
    private static final int CHARS_PER_WORD = 5;
    private static final int OTHER = 0;
    private static final int WORD = 1;
    private static final int CJK_WORD = 2;
    private static final int CLASS_BITS = 2;
    private static final int CLASS_MASK = (1 << CLASS_BITS) - 1;
    /**
     * Per character, its class (OTHER, WORD or CJK_WORD) and above it its {@link Script} ordinal:
     * Unicode properties are looked up once per character.
     */
    private static final CharMemo CLASSES = new CharMemo(c -> classOf(c) | Script.of(c).ordinal() << CLASS_BITS);
    /** The same for ASCII, by table, and apart: the class, 1 for a letter, the character in lower case. */
    private static final byte[] ASCII = new byte[0x80];
    private static final byte[] ASCII_KIND = new byte[0x80];
    private static final byte[] ASCII_LETTER = new byte[0x80];
    private static final byte[] ASCII_LOWER = new byte[0x80];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = (byte) (classOf(c) | Script.of(c).ordinal() << CLASS_BITS);
            ASCII_KIND[c] = (byte) classOf(c);
            ASCII_LETTER[c] = (byte) (Character.isLetter(c) ? 1 : 0);
            ASCII_LOWER[c] = (byte) Character.toLowerCase(c);
        }
    }

    /**
     * The per-character arrays of {@link #ofAsciiAndPunctuation}, kept per thread: allocated anew
     * for every line they took a third of its time, in memory not yet in any cache. Only what
     * is read back (the words) goes into the line's own Tokens.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        /** The longest line whose arrays a thread keeps: a file of one huge line should not hold its memory for good. */
        private static final int KEPT_CHARS = 1 << 16;

        int[] bounds = new int[0];
        int[] hashes = new int[0];
        long[] packs = new long[0];

        /** Arrays with room for a text of {@code length} chars: these, or for a text too long to keep them for, new ones. */
        Scratch fit(int length) {
            if (length > KEPT_CHARS) {
                return new Scratch().grow(length);
            }
            return bounds.length < length + 2 ? grow(2 * length) : this;
        }

        private Scratch grow(int length) {
            bounds = new int[length + 2];
            hashes = new int[length / 2 + 2];
            packs = new long[length / 2 + 2];
            return this;
        }
    }

    private Words() {
    }

    /** {@link Character#toLowerCase(char)}, ASCII answered by table: lookups of every word of every page use it. */
    static char lowerCase(char c) {
        return c < 0x80 ? (char) ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    static Tokens of(String text) {
        Tokens common = ofAsciiAndPunctuation(text);
        return common != null ? common : ofAnyScript(text);
    }

    /**
     * The same for a text of ASCII and the punctuation of U+2010 to U+203E (curly quotes, dashes,
     * ellipses), none of it in a word, and null for any other text: most lines of most pages.
     * Where words start and end and their hashes are found without a branch on any ASCII
     * character, for a branch taken at every word's start and end is mispredicted at every one of
     * them, which cost more than the rest of the work; each word is then looked up once.
     */
    private static Tokens ofAsciiAndPunctuation(String text) {
        int length = text.length();
        // starts and ends in turn, and per word its hash: as many words as there are gaps between them
        Scratch scratch = SCRATCH.get().fit(length);
        int[] bounds = scratch.bounds;
        int[] hashes = scratch.hashes;
        long[] packs = scratch.packs;
        int b = 0;
        int w = 0;
        int inWord = 0;
        int hash = 0;
        long packed = 0;
        int letters = 0;
        int punctuation = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int word = 0;
            if (c < 0x80) {
                word = ASCII_KIND[c];
                letters += ASCII_LETTER[c];
            } else if (c >= 0x2010 && c <= 0x203E) {
                punctuation++;
            } else {
                return null;
            }
            bounds[b] = i;
            b += word ^ inWord;
            w += inWord & (word ^ 1);
            // hash and packed letters run over the word, are nought in the gap (a mask, not a multiplication,
            // which would lengthen the chain from one character to the next); each character stores them for the word under way
            int inside = -word;
            byte lower = ASCII_LOWER[c & 0x7F];
            hash = (31 * hash + lower) & inside;
            packed = (packed << Byte.SIZE | lower) & inside;
            hashes[w] = hash;
            packs[w] = packed;
            inWord = word;
        }
        bounds[b] = length;
        b += inWord;
        int n = b / 2;
        int[] spans = new int[Tokens.FIELDS * n];
        int[] counts = new int[Tokens.COUNTS];
        for (int k = 0; k < n; k++) {
            int start = bounds[2 * k];
            int end = bounds[2 * k + 1];
            add(spans, counts, k, start, end, StopWords.languagesOfPacked(packs[k], end - start), hashes[k]);
        }
        counts[Tokens.LETTERS + Script.LATIN.ordinal()] = letters;
        // what is no letter counts under no script, as the other path counts it
        counts[Tokens.LETTERS + Script.NONE.ordinal()] = punctuation;
        return new Tokens(text, spans, n, counts);
    }

    private static Tokens ofAnyScript(String text) {
        // words as Tokens lays them out: most lines are only counted, so words become strings only when asked for
        int[] spans = new int[Tokens.FIELDS * (text.length() / CHARS_PER_WORD + 2)];
        int n = 0;
        // function words per language, then letters per script: one array for both
        int[] counts = new int[Tokens.COUNTS];
        int asciiLetters = 0;
        // the characters once, out of the string: its every charAt asks how the string is stored
        char[] chars = text.toCharArray();
        int length = chars.length;
        // two tight loops, over the gap between words and over a word, rather than one that branches on every character
        for (int i = 0; i < length; ) {
            char c = chars[i];
            if (c < 0x80 && ASCII_KIND[c] == OTHER) {
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(chars, i) : c;
            int memo = memo(cp);
            if ((memo & CLASS_MASK) == OTHER) {
                counts[Tokens.LETTERS + (memo >>> CLASS_BITS)]++;
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean cjk = (memo & CLASS_MASK) == CJK_WORD;
            // the word's lowerCaseHash, and its packed letters, by which StopWords looks it up if they are Latin-1
            int lowerHash = 0;
            long packed = 0;
            boolean latin1 = true;
            while (true) {
                if (cp < 0x80) {
                    asciiLetters += ASCII_LETTER[cp];
                    lowerHash = 31 * lowerHash + ASCII_LOWER[cp];
                    packed = packed << Byte.SIZE | ASCII_LOWER[cp];
                } else {
                    counts[Tokens.LETTERS + (memo >>> CLASS_BITS)]++;
                    latin1 &= cp <= 0xFF;
                    int lower = Character.toLowerCase(cp);
                    lowerHash = 31 * lowerHash + lower;
                    packed = packed << Byte.SIZE | lower & 0xFF;
                }
                i += Character.charCount(cp);
                if (i >= length || cjk && i - start >= CJK_CHARS_PER_WORD) {
                    break;
                }
                c = chars[i];
                if (c < 0x80 && !cjk) {
                    if (ASCII_KIND[c] == OTHER) {
                        break;
                    }
                    cp = c;
                    continue;
                }
                cp = Character.isHighSurrogate(c) ? Character.codePointAt(chars, i) : c;
                memo = memo(cp);
                int kind = memo & CLASS_MASK;
                if (kind == OTHER || (kind == CJK_WORD) != cjk) {
                    // not this word's: the next round reads it again
                    break;
                }
            }
            int bits = cjk ? 0 : latin1 ? StopWords.languagesOfPacked(packed, i - start)
                    : StopWords.languagesOf(text, start, i);
            spans = add(spans, counts, n++, start, i, bits, lowerHash);
        }
        counts[Tokens.LETTERS + Script.LATIN.ordinal()] += asciiLetters;
        return new Tokens(text, spans, n, counts);
    }

    /**
     * The hash of the text at [start, end) in lower case, code point by code point as {@link
     * String#hashCode} hashes chars: for Latin-1 text the hash of the lower-case string. {@link #of}
     * computes it for every word as it reads it.
     */
    static int lowerCaseHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            hash = 31 * hash + (cp < 0x80 ? ASCII_LOWER[cp] : Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return hash;
    }

    /**
     * Whether the text's last word is a function word of a language we know ("won the"): the same
     * answer as {@link #of} gives for it, without tokenising the rest of the text.
     */
    static boolean endsInFunctionWord(String text) {
        int end = text.length();
        while (end > 0 && (memo(text.codePointBefore(end)) & CLASS_MASK) == OTHER) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int start = end;
        while (start > 0 && (memo(text.codePointBefore(start)) & CLASS_MASK) == WORD) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        // a last word in Chinese or Japanese leaves start at end: no function word of ours
        return start < end && StopWords.languagesOf(text, start, end) != 0;
    }

    private static int memo(int cp) {
        return cp < 0x80 ? ASCII[cp] : cp <= Character.MAX_VALUE ? CLASSES.of((char) cp)
                : classOf(cp) | Script.of(cp).ordinal() << CLASS_BITS;
    }

    /**
     * Records word {@code word} as Tokens lays it out, growing {@code spans} if it is full, and
     * counts its function words in {@code counts}; returns the spans it is in.
     */
    private static int[] add(int[] spans, int[] counts, int word, int start, int end, int functionWordBits,
            int lowerCaseHash) {
        int at = Tokens.FIELDS * word;
        int[] s = at + Tokens.FIELDS <= spans.length ? spans : Arrays.copyOf(spans, spans.length * 2);
        s[at] = start;
        s[at + 1] = end;
        s[at + 2] = functionWordBits;
        s[at + 3] = lowerCaseHash;
        // a count per language whether or not the word is one of its function words: no branch to mispredict
        for (int language = 0; language < Tokens.LETTERS; language++) {
            counts[language] += functionWordBits >>> language & 1;
        }
        return s;
    }

    private static int classOf(int cp) {
        return !isWordChar(cp) ? OTHER : cp >= 0x2E80 && isCjk(cp) ? CJK_WORD : WORD;
    }

    private static boolean isCjk(int cp) {
        // the kana block also holds marks of no script of their own, such as the long-vowel mark ー
        if (cp >= 0x3000 && cp <= 0x30FF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Java's \w with UNICODE_CHARACTER_CLASS: alphabetic, marks, decimal digits, connector punctuation, joiners. */
    private static boolean isWordChar(int cp) {
        if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }
}
