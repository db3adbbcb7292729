package vn.schoolrecords.core.rendering;

import java.util.List;
import java.util.Optional;

/**
 * Re-renders a record (hồ sơ) from the JSON a printout carries and returns the text of each page
 * as the printout would show it. Implemented by the PDF module with the same renderer that made
 * the printout; used by the signature verifier for its data-bound check (a signature over a PDF
 * whose visible text disagrees with its embedded data must fail).
 *
 * <p>Implementations are thread-safe and deterministic: the same JSON gives the same texts.
 */
@FunctionalInterface
public interface RecordRendering {

    /**
     * The text of each page of the record's printout, in page order, as a text extractor reads it
     * (the verifier compares it with whitespace normalised).
     *
     * @param schemaId the record's schema id as the printout names it, e.g. {@code transcript/1}, not null
     * @param json the record's JSON as embedded, UTF-8, not null
     * @return the pages' texts; empty if this rendering does not print records of that schema, not null
     * @throws vn.schoolrecords.core.RecordsException if the JSON is not a valid record of the schema
     */
    Optional<List<String>> pageTexts(String schemaId, byte[] json);
}
