package vn.schoolrecords.signing.verify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Compares two object graphs by value, following references: equal when a reader would draw and
 * behave the same. Re-pointing an entry to another object with the same value is no difference;
 * re-pointing it to a different value is. Back-links (/Parent, a page link /P) and page
 * annotations (/Annots, compared one by one elsewhere) are not followed.
 */
final class CosDiff {

    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName DATA = COSName.getPDFName("Data");
    private static final Set<COSName> STREAM_LENGTH = Set.of(COSName.LENGTH, COSName.DL);

    private final Set<String> visited = new HashSet<>();

    /** Where a difference was found: the nearest indirect object of the newer graph. */
    record Where(long objectNumber, int generation) {
        static final Where NONE = new Where(0, 0);
    }

    /**
     * The first difference between an older and a newer object, or null when equal.
     *
     * @param older from the signed revision
     * @param newer from the final file
     * @param at the indirect object the newer one belongs to
     * @param skip keys of the top-level dictionary not compared
     */
    Where find(COSBase older, COSBase newer, Where at, Set<COSName> skip) {
        Where where = at;
        COSObjectKey olderKey = null;
        if (older instanceof COSObject o) {
            olderKey = o.getKey();
            older = o.getObject();
        }
        if (newer instanceof COSObject o) {
            COSObjectKey key = o.getKey();
            if (key != null) {
                where = new Where(key.getNumber(), key.getGeneration());
            }
            newer = o.getObject();
            if (olderKey != null && key != null && !visited.add(olderKey + "|" + key + "|" + skip.hashCode())) {
                return null;
            }
        }
        boolean olderNull = older == null || older instanceof COSNull;
        boolean newerNull = newer == null || newer instanceof COSNull;
        if (olderNull || newerNull) {
            return olderNull && newerNull ? null : where;
        }
        if (older instanceof COSStream a) {
            return newer instanceof COSStream b ? stream(a, b, where) : where;
        }
        if (older instanceof COSDictionary a) {
            return newer instanceof COSDictionary b ? dictionary(a, b, where, skip) : where;
        }
        if (older instanceof COSArray a) {
            if (!(newer instanceof COSArray b) || a.size() != b.size()) {
                return where;
            }
            for (int i = 0; i < a.size(); i++) {
                Where w = find(a.get(i), b.get(i), where, Set.of());
                if (w != null) {
                    return w;
                }
            }
            return null;
        }
        if (older instanceof COSString a) {
            return newer instanceof COSString b && Arrays.equals(a.getBytes(), b.getBytes()) ? null : where;
        }
        if (older instanceof COSNumber a) {
            return newer instanceof COSNumber b && a.floatValue() == b.floatValue() ? null : where;
        }
        if (older instanceof COSName || older instanceof COSBoolean) {
            return older.equals(newer) ? null : where;
        }
        return older.getClass() == newer.getClass() && older.equals(newer) ? null : where;
    }

    private Where dictionary(COSDictionary a, COSDictionary b, Where where, Set<COSName> skip) {
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeAll(skip);
        for (COSName key : keys) {
            if (followsNot(key, a, b)) {
                continue;
            }
            Where w = find(a.getItem(key), b.getItem(key), where, Set.of());
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** Back-links and per-page annotation lists, compared elsewhere or leading back up the tree. */
    private static boolean followsNot(COSName key, COSDictionary a, COSDictionary b) {
        if (COSName.PARENT.equals(key) || COSName.ANNOTS.equals(key)) {
            return true;
        }
        // A signature reference's /Data points at the whole document, which is compared part by part.
        if (DATA.equals(key) && a.containsKey(TRANSFORM_METHOD)) {
            return true;
        }
        // /P of an annotation links to its page; /P of DocMDP parameters is a number and must be compared.
        return COSName.P.equals(key) && !(a.getDictionaryObject(key) instanceof COSNumber)
                && !(b.getDictionaryObject(key) instanceof COSNumber)
                && (a.getDictionaryObject(key) instanceof COSDictionary || b.getDictionaryObject(key) instanceof COSDictionary);
    }

    private Where stream(COSStream a, COSStream b, Where where) {
        Where w = dictionary(a, b, where, STREAM_LENGTH);
        if (w != null) {
            return w;
        }
        try (InputStream x = a.createRawInputStream(); InputStream y = b.createRawInputStream()) {
            return Arrays.equals(x.readAllBytes(), y.readAllBytes()) ? null : where;
        } catch (IOException | RuntimeException e) {
            return where;
        }
    }
}
