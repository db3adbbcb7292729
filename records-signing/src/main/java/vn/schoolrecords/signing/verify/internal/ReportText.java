package vn.schoolrecords.signing.verify.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.signing.verify.Indication;
import vn.schoolrecords.signing.verify.SignatureReport;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * The report as sentences for a principal or a receiving school: signer, role, signing time,
 * integrity (TT 15/2025/TT-BKHCN: verification reports these in Vietnamese). Times are shown in
 * Vietnam time, as the signing side writes them.
 */
public final class ReportText {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy '(giờ Việt Nam)'");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss '(Vietnam time)'");

    private ReportText() {
    }

    /** The role a field name stands for, by the naming of printouts' signature fields ({@link SignatureFields}). */
    public static Optional<LocalizedText> role(String fieldName) {
        return SignatureFields.partOf(fieldName).map(part -> switch (part.role()) {
            case SUBJECT_TEACHER -> LocalizedText.of("Giáo viên môn " + part.subjectCode().orElseThrow(),
                    "teacher of " + part.subjectCode().orElseThrow());
            case HOMEROOM_TEACHER -> LocalizedText.of("Giáo viên chủ nhiệm", "homeroom teacher");
            case PRINCIPAL -> LocalizedText.of("Hiệu trưởng", "head of school");
            case SCHOOL_SEAL -> LocalizedText.of("Con dấu của nhà trường", "school seal");
        });
    }

    public static String write(VerificationReport report, Locale locale) {
        boolean vi = LocalizedText.VIETNAMESE.getLanguage().equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        for (SignatureReport s : report.signatures()) {
            out.append(vi ? vietnamese(s) : english(s)).append('\n');
        }
        out.append(vi ? verdictVi(report) : verdictEn(report)).append('\n');
        return out.toString();
    }

    private static String who(SignatureReport s, boolean vi) {
        String name = s.signer().map(c -> c.commonName()).or(() -> s.signerName())
                .orElse(vi ? "người ký không xác định" : "an unknown signer");
        String role = role(s.fieldName()).map(r -> vi ? r.vi() : r.en()).orElse(s.fieldName());
        return name + " (" + role + ")";
    }

    private static String vietnamese(SignatureReport s) {
        StringBuilder b = new StringBuilder();
        if (s.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
            b.append("Dấu thời gian tài liệu của ").append(s.signer().map(c -> c.commonName()).orElse("đơn vị không xác định"));
        } else {
            b.append("Chữ ký của ").append(who(s, true));
        }
        b.append(switch (s.indication()) {
            case TOTAL_PASSED -> " hợp lệ";
            case INDETERMINATE -> " chưa xác định được";
            case TOTAL_FAILED -> " KHÔNG hợp lệ";
        });
        s.signingTime().ifPresent(t -> b.append("; ký lúc ").append(VI_TIME.format(t.atZone(VIETNAM)))
                .append(s.timestamp().filter(x -> x.usable()).isPresent() ? " (theo dấu thời gian)" : " (theo máy người ký)"));
        if (s.subIndication().isPresent() && s.subIndication().get().indication() == Indication.TOTAL_FAILED
                && !s.disallowedModifications().isEmpty()) {
            b.append("; tài liệu BỊ SỬA ĐỔI sau khi ký: ").append(s.disallowedModifications().get(0).text().vi());
        } else if (s.revision() > 0 && s.disallowedModifications().isEmpty()
                && s.findings().stream().noneMatch(f -> !f.passed() && (f.code().equals("HASH") || f.code().equals("BYTE_RANGE")
                        || f.code().equals("BYTE_RANGE_GAP") || f.code().equals("REVISION")))) {
            b.append("; tài liệu không bị sửa đổi sau khi ký");
        }
        dataMismatch(s).ifPresent(f -> b.append("; NỘI DUNG HIỂN THỊ KHÁC DỮ LIỆU: ").append(f.text().vi()));
        s.level().ifPresent(l -> b.append("; mức PAdES ").append(l.name().replace('_', '-')));
        s.findings().stream().filter(f -> !f.passed()).findFirst().ifPresent(f -> b.append("; lý do: ").append(f.text().vi()));
        return b.append('.').toString();
    }

    private static String english(SignatureReport s) {
        StringBuilder b = new StringBuilder();
        if (s.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP) {
            b.append("Document timestamp of ").append(s.signer().map(c -> c.commonName()).orElse("an unknown authority"));
        } else {
            b.append("Signature of ").append(who(s, false));
        }
        b.append(switch (s.indication()) {
            case TOTAL_PASSED -> " is valid";
            case INDETERMINATE -> " is indeterminate";
            case TOTAL_FAILED -> " is NOT valid";
        });
        s.signingTime().ifPresent(t -> b.append("; signed at ").append(EN_TIME.format(t.atZone(VIETNAM)))
                .append(s.timestamp().filter(x -> x.usable()).isPresent() ? " (timestamped)" : " (signer's clock)"));
        if (s.subIndication().isPresent() && s.subIndication().get().indication() == Indication.TOTAL_FAILED
                && !s.disallowedModifications().isEmpty()) {
            b.append("; the document WAS MODIFIED after signing: ").append(s.disallowedModifications().get(0).text().en());
        } else if (s.revision() > 0 && s.disallowedModifications().isEmpty()
                && s.findings().stream().noneMatch(f -> !f.passed() && (f.code().equals("HASH") || f.code().equals("BYTE_RANGE")
                        || f.code().equals("BYTE_RANGE_GAP") || f.code().equals("REVISION")))) {
            b.append("; the document was not modified after signing");
        }
        dataMismatch(s).ifPresent(f -> b.append("; THE VISIBLE TEXT DISAGREES WITH THE DATA: ").append(f.text().en()));
        s.level().ifPresent(l -> b.append("; PAdES level ").append(l.name().replace('_', '-')));
        s.findings().stream().filter(f -> !f.passed()).findFirst().ifPresent(f -> b.append("; reason: ").append(f.text().en()));
        return b.append('.').toString();
    }

    /** The data-bound check's failure, when it is what failed the signature: said first, like a modification. */
    private static java.util.Optional<vn.schoolrecords.signing.verify.Finding> dataMismatch(SignatureReport s) {
        return s.subIndication().filter(x -> x == vn.schoolrecords.signing.verify.SubIndication.DATA_MISMATCH)
                .flatMap(x -> s.findings().stream().filter(f -> !f.passed() && f.code().equals("DATA_BOUND")).findFirst());
    }

    private static String verdictVi(VerificationReport r) {
        return "Kết luận: " + switch (r.indication()) {
            case TOTAL_PASSED -> "tài liệu hợp lệ, mọi chữ ký đều hợp lệ.";
            case INDETERMINATE -> "chưa xác định được tính hợp lệ của tài liệu (" + r.subIndication().map(Enum::name).orElse("") + ").";
            case TOTAL_FAILED -> "tài liệu KHÔNG hợp lệ (" + r.subIndication().map(Enum::name).orElse("") + ").";
        };
    }

    private static String verdictEn(VerificationReport r) {
        return "Verdict: " + switch (r.indication()) {
            case TOTAL_PASSED -> "the document is valid; every signature is valid.";
            case INDETERMINATE -> "the document's validity cannot be determined (" + r.subIndication().map(Enum::name).orElse("") + ").";
            case TOTAL_FAILED -> "the document is NOT valid (" + r.subIndication().map(Enum::name).orElse("") + ").";
        };
    }
}
