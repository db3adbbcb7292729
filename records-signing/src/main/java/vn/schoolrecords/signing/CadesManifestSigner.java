package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.archive.ManifestSigner;

/**
 * Signs the year-end archive's manifest (records-core's {@link ManifestSigner} hook) with a
 * detached CAdES signature, stored in the archive as {@code manifest.sig}; e.g. with the school
 * seal's key. Immutable; the key source stays the caller's to close.
 */
public final class CadesManifestSigner implements ManifestSigner {

    private final CadesRequest request;
    private final KeySource keySource;

    private CadesManifestSigner(CadesRequest request, KeySource keySource) {
        this.request = request;
        this.keySource = keySource;
    }

    /**
     * A manifest signer.
     *
     * @param request how to sign, with the key's chain and the signing time, not null
     * @param keySource the key, not null, not closed by this signer
     * @return the signer, not null
     */
    public static CadesManifestSigner of(CadesRequest request, KeySource keySource) {
        return new CadesManifestSigner(Objects.requireNonNull(request, "request"),
                Objects.requireNonNull(keySource, "keySource"));
    }

    /**
     * Signs the manifest's bytes.
     *
     * @param manifestBytes the manifest as written in the archive, not null
     * @return the DER CMS SignedData, not null, not empty
     * @throws vn.schoolrecords.core.RecordsException as {@link CadesSigner#signDetached}
     */
    @Override
    public byte[] sign(byte[] manifestBytes) {
        return CadesSigner.signDetached(manifestBytes, request, keySource);
    }
}
