package vn.schoolrecords.core.transcript.digital.submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The portal's answer to a transaction (CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0, §II.2.2–2.7): the
 * message id, an error code and text, a response code and text, and for the queries one result
 * per record or the certificate's approval.
 *
 * @param messageId the message id answered ({@code MessageId}), not null
 * @param error the error code ({@code Error}), not null; the portal's own code list
 * @param errorDescription the error's title ({@code ErrorDescription}), not null
 * @param responseCode the response code ({@code ResponseCode}), not null
 * @param responseDescription the response's text ({@code ResponseDescription}), not null
 * @param records one result per record, for the submit-result and recall queries; else empty, not null
 * @param certificateStatus the certificate's approval, for the registration query; else empty, not null
 */
public record TransactionResponse(String messageId, String error, String errorDescription, String responseCode,
        String responseDescription, List<RecordResult> records, Optional<ApprovalStatus> certificateStatus) {

    /** Checks presence and copies the list. */
    public TransactionResponse {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorDescription, "errorDescription");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(responseDescription, "responseDescription");
        records = List.copyOf(records);
        Objects.requireNonNull(certificateStatus, "certificateStatus");
    }

    /**
     * The state of one record in a query's answer.
     *
     * @param studentId {@code ma_hoc_sinh}, not null
     * @param studentName {@code ten_hoc_sinh}, not null
     * @param personalId {@code so_cccd}, not null
     * @param lookupCode {@code ma_tra_cuu_uuid}, not null
     * @param status {@code trang_thai}: an {@link ApprovalStatus} code for a submission, a
     *     {@link RecallStatus} code for a recall
     * @param error {@code error}, not null
     * @param errorFieldTitle {@code error_field_title}, not null
     * @param errorDescription {@code error_description}, not null
     */
    public record RecordResult(String studentId, String studentName, String personalId, String lookupCode, int status,
            String error, String errorFieldTitle, String errorDescription) {

        /** Checks presence. */
        public RecordResult {
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(studentName, "studentName");
            Objects.requireNonNull(personalId, "personalId");
            Objects.requireNonNull(lookupCode, "lookupCode");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(errorFieldTitle, "errorFieldTitle");
            Objects.requireNonNull(errorDescription, "errorDescription");
        }

        /** @return the status read as a submission's approval, not null */
        public ApprovalStatus approval() {
            return ApprovalStatus.ofCode(status);
        }

        /** @return the status read as a recall's state, not null */
        public RecallStatus recall() {
            return RecallStatus.ofCode(status);
        }
    }
}
