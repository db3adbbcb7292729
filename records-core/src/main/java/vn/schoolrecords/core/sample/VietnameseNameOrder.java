package vn.schoolrecords.core.sample;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * The order of a class list (danh sách lớp): by given name (tên), then by the whole name, each
 * compared letter by letter in the Vietnamese alphabet (a ă â b c d đ e ê …) and only then by
 * tone marks. Written out here rather than taken from {@link java.text.Collator}, whose
 * Vietnamese rules depend on the locale data of the runtime, so that a seed gives the same
 * roster on every JVM.
 */
final class VietnameseNameOrder implements Comparator<String> {

    static final VietnameseNameOrder INSTANCE = new VietnameseNameOrder();

    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    private VietnameseNameOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byGiven = compareText(given(a), given(b));
        return byGiven != 0 ? byGiven : compareText(a, b);
    }

    private static String given(String fullName) {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    private static int compareText(String a, String b) {
        Key ka = key(a);
        Key kb = key(b);
        int primary = ka.letters.compareTo(kb.letters);
        return primary != 0 ? primary : ka.tones.compareTo(kb.tones);
    }

    private static char modified(char base, char mark) {
        return switch (mark) {
            case '\u0306' -> base == 'a' ? 'ă' : base;
            case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : base;
            default -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : base;
        };
    }

    private record Key(String letters, String tones) {
    }

    /** Letters as their rank in the alphabet; tones (none, huyền, hỏi, ngã, sắc, nặng) apart. */
    private static Key key(String text) {
        String nfd = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder raw = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            int last = raw.length() - 1;
            switch (c) {
                case '\u0306', '\u0302', '\u031B' -> {
                    // breve, circumflex, horn: a different letter, not a tone
                    if (last >= 0) {
                        raw.setCharAt(last, modified(raw.charAt(last), c));
                    }
                }
                case '\u0300', '\u0309', '\u0303', '\u0301', '\u0323' -> {
                    if (last >= 0) {
                        tones.setCharAt(last, (char) ('1' + "\u0300\u0309\u0303\u0301\u0323".indexOf(c)));
                    }
                }
                default -> {
                    raw.append(c);
                    tones.append('0');
                }
            }
        }
        StringBuilder letters = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char letter = raw.charAt(i);
            int rank = ALPHABET.indexOf(letter);
            letters.append(rank >= 0 ? (char) ('A' + rank) : letter == ' ' ? ' ' : (char) (0x100 + letter));
        }
        return new Key(letters.toString(), tones.toString());
    }
}
