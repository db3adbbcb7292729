package vn.schoolrecords.core.transcript.digital;

/**
 * A version of the Ministry's technical model of the digital transcript (mô hình kỹ thuật học
 * bạ số). Each version has its own mapping from model fields to element names and its own XML
 * Schema, resources of this package; a new version is a new constant beside the old ones, so
 * records written under an old version stay readable.
 */
public enum ModelVersion {

    /**
     * Version 1.0 (5/2024): Phụ lục 1 of CV 2088/BGDĐT-GDTH, the primary pilot; the baseline
     * until the updated specification of CV 119/BGDĐT-GDTH (2025) is published.
     */
    V1_0("1.0", "hoc-ba-so-1.0");

    private final String label;
    private final String resourceBase;

    ModelVersion(String label, String resourceBase) {
        this.label = label;
        this.resourceBase = resourceBase;
    }

    /** @return the version as written in {@code PHIEN_BAN}, e.g. {@code 1.0}, not null */
    public String label() {
        return label;
    }

    /** @return the name of this version's XML Schema resource in this package, e.g. {@code hoc-ba-so-1.0.xsd}, not null */
    public String schemaResource() {
        return resourceBase + ".xsd";
    }

    /** @return the name of this version's mapping resource in this package, not null */
    public String mappingResource() {
        return resourceBase + ".mapping";
    }

    /**
     * The version written in {@code PHIEN_BAN}.
     *
     * @param label e.g. {@code 1.0}, not null
     * @return the version, not null
     * @throws IllegalArgumentException if no version has the label
     */
    public static ModelVersion ofLabel(String label) {
        for (ModelVersion v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown model version " + label);
    }
}
