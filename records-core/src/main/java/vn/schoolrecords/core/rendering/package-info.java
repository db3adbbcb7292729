/**
 * The contract between printing a record and checking a printout (bản in) against its data: a
 * {@link vn.schoolrecords.core.rendering.RecordRendering} re-renders a record's JSON and gives
 * the text of each page, so that a verifier (chữ ký số side) can tell whether a signed PDF's
 * visible text is what its embedded data says, without depending on the PDF module. Text only:
 * core has no PDF types.
 */
package vn.schoolrecords.core.rendering;
