package vn.schoolrecords.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * Batch signing (ký hàng loạt): the principal signs N transcripts (học bạ) with one approval.
 * Each document is prepared with the {@link SignatureService}; the data to be signed of all of
 * them go to the key source in one {@link KeySource#signAll(List, AlgorithmChoice)} call (one
 * remote request carrying N hashes for a {@link RemoteSigner} that allows it, one key session for
 * a token or file); then each is completed. Every document gets its own {@link BatchResult}: a
 * document that cannot be prepared or completed fails alone with its typed error, and the others
 * are signed. Immutable and thread-safe if the service is.
 */
public final class BatchSigning {

    private final SignatureService service;

    private BatchSigning(SignatureService service) {
        this.service = service;
    }

    /**
     * Batch signing with a service.
     *
     * @param service the service that prepares and completes each document, not null
     * @return the batch signer, not null
     */
    public static BatchSigning of(SignatureService service) {
        return new BatchSigning(Objects.requireNonNull(service, "service"));
    }

    /**
     * Signs every document with one key.
     *
     * @param documents the documents, ids unique, not null
     * @param keySource the signer's key, not null, not closed
     * @return one result per document, in the order given, not null
     * @throws IllegalArgumentException if two documents share an id
     */
    public List<BatchResult> sign(List<BatchDocument> documents, KeySource keySource) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(keySource, "keySource");
        Set<String> ids = new HashSet<>();
        for (BatchDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("two documents have the id " + d.id());
            }
        }
        Map<String, BatchResult> results = new LinkedHashMap<>();
        // Documents prepared with the same algorithm are signed in one call; normally that is all of them.
        Map<AlgorithmChoice, List<Prepared>> byAlgorithm = new LinkedHashMap<>();
        for (BatchDocument d : documents) {
            results.put(d.id(), null);
            try {
                PreparedSignature prepared = service.prepare(d.pdf(), d.request());
                byAlgorithm.computeIfAbsent(prepared.algorithm(), a -> new ArrayList<>()).add(new Prepared(d.id(), prepared));
            } catch (RecordsException e) {
                results.put(d.id(), new BatchResult.Failed(d.id(), e));
            }
        }
        for (Map.Entry<AlgorithmChoice, List<Prepared>> group : byAlgorithm.entrySet()) {
            List<byte[]> data = new ArrayList<>();
            for (Prepared p : group.getValue()) {
                data.add(p.signature().dataToBeSigned());
            }
            List<byte[]> values;
            try {
                values = keySource.signAll(data, group.getKey());
                if (values == null || values.size() != data.size()) {
                    throw new KeySourceException(KeySourceException.Reason.KEY_SIGNING_FAILED, keySource.alias(),
                            LocalizedText.of("nguồn khóa trả về " + (values == null ? 0 : values.size())
                                    + " chữ ký cho " + data.size() + " tài liệu", "the key source returned "
                                    + (values == null ? 0 : values.size()) + " signatures for " + data.size()
                                    + " documents"), null);
                }
            } catch (RecordsException e) {
                for (Prepared p : group.getValue()) {
                    results.put(p.id(), new BatchResult.Failed(p.id(), e));
                }
                continue;
            }
            for (int i = 0; i < values.size(); i++) {
                Prepared p = group.getValue().get(i);
                try {
                    results.put(p.id(), new BatchResult.Signed(p.id(), service.complete(p.signature(), values.get(i))));
                } catch (RecordsException e) {
                    results.put(p.id(), new BatchResult.Failed(p.id(), e));
                }
            }
        }
        return List.copyOf(results.values());
    }

    private record Prepared(String id, PreparedSignature signature) {
    }
}
