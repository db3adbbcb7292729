package vn.schoolrecords.core.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a year-end archive against its manifest: one finding per path, the
 * manifest read, its exact bytes and the detached signature carried beside it, if any. The
 * signature is reported, not verified: records-signing verifies it over {@link #manifestBytes()}.
 */
public final class ArchiveReport {

    private final ArchiveManifest manifest;
    private final byte[] manifestBytes;
    private final Optional<byte[]> manifestSignature;
    private final List<EntryFinding> findings;

    ArchiveReport(ArchiveManifest manifest, byte[] manifestBytes, Optional<byte[]> manifestSignature,
            List<EntryFinding> findings) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.manifestBytes = manifestBytes.clone();
        this.manifestSignature = manifestSignature.map(byte[]::clone);
        this.findings = List.copyOf(findings);
    }

    /** @return the manifest read from the archive, not null */
    public ArchiveManifest manifest() {
        return manifest;
    }

    /** @return a copy of the manifest's exact bytes, what a detached signature covers, not null */
    public byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    /** @return a copy of the detached signature ({@value ArchiveManifest#SIGNATURE_PATH}), or empty; not verified */
    public Optional<byte[]> manifestSignature() {
        return manifestSignature.map(byte[]::clone);
    }

    /** @return every finding: the manifest's paths in its order, then extra entries in archive order, not null */
    public List<EntryFinding> findings() {
        return findings;
    }

    /** @return the findings that are not {@link EntryFinding.Status#OK}, not null */
    public List<EntryFinding> problems() {
        return findings.stream().filter(f -> f.status() != EntryFinding.Status.OK).toList();
    }

    /**
     * The findings of one status.
     *
     * @param status the status, not null
     * @return the findings, not null
     */
    public List<EntryFinding> withStatus(EntryFinding.Status status) {
        Objects.requireNonNull(status, "status");
        return findings.stream().filter(f -> f.status() == status).toList();
    }

    /** @return true if every entry of the manifest is present and unaltered and nothing else is there */
    public boolean isIntact() {
        return problems().isEmpty();
    }

    @Override
    public String toString() {
        return "ArchiveReport[" + manifest.schoolCode() + " " + manifest.year() + ", " + findings.size() + " entries, "
                + problems().size() + " problems, signature " + (manifestSignature.isPresent() ? "present" : "absent") + "]";
    }
}
