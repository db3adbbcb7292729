package vn.schoolrecords.signing.xml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.school.SchoolYear;

/**
 * A region of a digital transcript's (học bạ số) data that a program may read, and which valid
 * signatures cover it: the general information {@code THONG_TIN_CHUNG}, each year's page
 * {@code HOC_BA_NAM_HOC}, each transfer {@code CHUYEN_TRUONG} (chuyển trường) and the summary
 * {@code TONG_KET} (tổng kết). A region that no valid signature covers is not signed, whatever
 * else in the document is: a program reading it must not rely on it.
 *
 * @param element the element's name, e.g. {@code CHUYEN_TRUONG}, not null
 * @param id its {@code Id}; empty for {@code TONG_KET}, which has none, not null
 * @param year the school year of a page, or the year a transfer's date falls in, not null
 * @param coveredBy the Ids of the valid signatures that cover it unchanged, in document order, not null
 */
public record XmlDataRegion(String element, Optional<String> id, Optional<SchoolYear> year, List<String> coveredBy) {

    /** Checks presence and copies the list. */
    public XmlDataRegion {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(year, "year");
        coveredBy = List.copyOf(coveredBy);
    }

    /** @return true if at least one valid signature covers it */
    public boolean covered() {
        return !coveredBy.isEmpty();
    }
}
