package vn.schoolrecords.core.archive;

/**
 * The hook for a detached signature over the archive's manifest: given the manifest's exact
 * bytes, returns the signature to store as {@value ArchiveManifest#SIGNATURE_PATH} (e.g. a
 * detached CAdES from records-signing). This module carries and reports the signature but does
 * not verify it.
 */
@FunctionalInterface
public interface ManifestSigner {

    /**
     * Signs the manifest.
     *
     * @param manifestBytes the manifest's bytes as written in the archive, not null
     * @return the detached signature, not null, not empty
     */
    byte[] sign(byte[] manifestBytes);
}
