package vn.schoolrecords.core.transcript.digital.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * Who sends a transaction ({@code authenticationRequest}, CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0,
 * §II.2.2): the session token, the unit's account and password hash, the unit's code and the
 * school year. The password itself never enters the library's values: only its SHA-256.
 *
 * @param token the session token the portal issued ({@code token}), not blank
 * @param userName the unit's account ({@code user_name}), not blank
 * @param passwordHash the SHA-256 of the password, 64 lower-case hex digits ({@code password}), not null
 * @param unitCode the unit's code ({@code ma_don_vi}), not blank
 * @param schoolYear the school year; written as its first calendar year ({@code nam_hoc}), not null
 */
public record TransactionHeader(String token, String userName, String passwordHash, String unitCode,
        SchoolYear schoolYear) {

    /**
     * Checks the values.
     *
     * @throws SubmissionException if the hash is not 64 lower-case hex digits or a text is blank
     */
    public TransactionHeader {
        TransactionEnvelope.requireText(token, "token");
        TransactionEnvelope.requireText(userName, "userName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (!passwordHash.matches("[0-9a-f]{64}")) {
            throw SubmissionException.of(SubmissionException.Problem.ENVELOPE_INVALID,
                    "mật khẩu phải là SHA-256 dạng 64 chữ số hex thường",
                    "the password must be its SHA-256 as 64 lower-case hex digits");
        }
        TransactionEnvelope.requireText(unitCode, "unitCode");
        Objects.requireNonNull(schoolYear, "schoolYear");
    }

    /**
     * A header from the password, hashed here with SHA-256 over its UTF-8 bytes.
     *
     * @param token the session token, not blank
     * @param userName the account, not blank
     * @param password the password, not null; not kept
     * @param unitCode the unit's code, not blank
     * @param schoolYear the school year, not null
     * @return the header, not null
     */
    public static TransactionHeader of(String token, String userName, char[] password, String unitCode,
            SchoolYear schoolYear) {
        return new TransactionHeader(token, userName, passwordHash(password), unitCode, schoolYear);
    }

    /**
     * @param password the password, not null
     * @return its SHA-256 over UTF-8, as 64 lower-case hex digits, not null
     */
    public static String passwordHash(char[] password) {
        Objects.requireNonNull(password, "password");
        java.nio.ByteBuffer utf8 = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(utf8.duplicate());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            // the encoder's copy of the password is wiped; the caller's array is theirs to clear
            java.util.Arrays.fill(utf8.array(), (byte) 0);
        }
    }
}
