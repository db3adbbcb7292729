package vn.schoolrecords.pdf.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.schoolrecords.core.LocalizedText;

/** Breaks a text into lines that fit a width, measured with the document's fonts. */
public final class Lines {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Lines() {
    }

    /**
     * Breaks at line breaks, then at spaces, greedily; a word wider than the whole width (a long
     * name without spaces) is broken between characters — never inside a letter and its marks.
     * Other runs of white space count as one space.
     *
     * @return at least one line, each at most {@code width} wide unless a single character is wider
     */
    public static List<String> wrap(String text, FontSet fonts, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAKS.split(text.strip())) {
            lines.addAll(wrapParagraph(paragraph, fonts, style, width));
        }
        return lines;
    }

    private static List<String> wrapParagraph(String text, FontSet fonts, Style style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = fonts.width(" ", style);
        for (String word : SPACES.split(text.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            float w = fonts.width(word, style);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (w <= width) {
                line.append(word);
                lineWidth = w;
            } else {
                List<String> pieces = breakWord(word, fonts, style, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line.append(pieces.get(pieces.size() - 1));
                lineWidth = fonts.width(line.toString(), style);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> breakWord(String word, FontSet fonts, Style style, float width) {
        List<String> pieces = new ArrayList<>();
        BreakIterator characters = BreakIterator.getCharacterInstance(LocalizedText.VIETNAMESE);
        characters.setText(word);
        int start = 0;
        int end = characters.next();
        int lastFit = -1;
        while (end != BreakIterator.DONE) {
            if (fonts.width(word.substring(start, end), style) <= width) {
                lastFit = end;
                end = characters.next();
            } else if (lastFit > start) {
                pieces.add(word.substring(start, lastFit));
                start = lastFit;
            } else {
                // One character wider than the width: it has to stand alone.
                pieces.add(word.substring(start, end));
                start = end;
                lastFit = end;
                end = characters.next();
            }
        }
        if (start < word.length()) {
            pieces.add(word.substring(start));
        }
        return pieces;
    }
}
