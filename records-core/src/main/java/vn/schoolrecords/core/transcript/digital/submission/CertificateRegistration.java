package vn.schoolrecords.core.transcript.digital.submission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The certificate a school registers with the portal (đăng ký chứng thư số, CV 2088/BGDĐT-GDTH,
 * Phụ lục 1, v1.0, §II.2.4). The kind and issuer lists are served by the Ministry's API and may
 * grow, so they are text here, not enums.
 *
 * @param serialNumber the certificate's serial number ({@code serial_number}), not blank
 * @param validFrom the first day it is valid ({@code ngay_hieu_luc}), not null
 * @param signatureType how it signs ({@code ma_kieu_chu_ky}), e.g. {@code REMOTE_SIGNING}, {@code USB_TOKEN}, not blank
 * @param issuer its issuer ({@code nha_phat_hanh}), e.g. {@code VNPT}, {@code BKAV}, {@code VIETTEL},
 *     {@code BAN_CO_YEU}, not blank
 */
public record CertificateRegistration(String serialNumber, LocalDate validFrom, String signatureType, String issuer) {

    /** Checks presence. */
    public CertificateRegistration {
        TransactionEnvelope.requireText(serialNumber, "serialNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        TransactionEnvelope.requireText(signatureType, "signatureType");
        TransactionEnvelope.requireText(issuer, "issuer");
    }
}
