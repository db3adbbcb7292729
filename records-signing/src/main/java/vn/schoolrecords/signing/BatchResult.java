package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.RecordsException;

/**
 * What became of one document of a batch: signed, or failed with the typed error that stopped
 * it. One document's failure never stops the others.
 */
public sealed interface BatchResult permits BatchResult.Signed, BatchResult.Failed {

    /** @return the document's id as given in its {@link BatchDocument}, not null */
    String id();

    /**
     * The document was signed.
     *
     * @param id the document's id, not null
     * @param pdf the signed document, not null, copied
     */
    record Signed(String id, byte[] pdf) implements BatchResult {

        /** Validates and copies. */
        public Signed {
            Objects.requireNonNull(id, "id");
            pdf = Objects.requireNonNull(pdf, "pdf").clone();
        }

        /** @return a copy of the signed document, not null */
        @Override
        public byte[] pdf() {
            return pdf.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signed s && id.equals(s.id) && java.util.Arrays.equals(pdf, s.pdf);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + java.util.Arrays.hashCode(pdf);
        }

        @Override
        public String toString() {
            return "Signed[" + id + ", " + pdf.length + " bytes]";
        }
    }

    /**
     * The document was not signed; its input was not changed.
     *
     * @param id the document's id, not null
     * @param error why, with its stable {@link RecordsException#code() code}, not null
     */
    record Failed(String id, RecordsException error) implements BatchResult {

        /** Validates. */
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(error, "error");
        }
    }
}
