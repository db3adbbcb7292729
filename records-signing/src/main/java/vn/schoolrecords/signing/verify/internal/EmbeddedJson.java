package vn.schoolrecords.signing.verify.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Finds the record JSON a PDF of records-pdf carries: the catalog's /AF associated files with
 * /AFRelationship /Data and MIME type application/json, the schema id in the file
 * specification's /Desc. The same lookup as records-pdf's {@code EmbeddedRecords} (which signing
 * may not depend on); reading and validating the record is the rendering's business.
 */
final class EmbeddedJson {

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    /** One embedded record: its schema id and its JSON bytes. */
    record Found(String schema, byte[] json) {
    }

    private EmbeddedJson() {
    }

    static List<Found> find(PDDocument document) throws IOException {
        List<Found> found = new ArrayList<>();
        COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
        for (int i = 0; associated != null && i < associated.size(); i++) {
            if (associated.getObject(i) instanceof COSDictionary dict && "Data".equals(dict.getNameAsString(AF_RELATIONSHIP))) {
                PDComplexFileSpecification spec = new PDComplexFileSpecification(dict);
                PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
                if (file != null && "application/json".equals(file.getSubtype())) {
                    found.add(new Found(spec.getFileDescription() == null ? "" : spec.getFileDescription(), file.toByteArray()));
                }
            }
        }
        return found;
    }
}
