package vn.schoolrecords.signing.testpki;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * Học bạ số fixtures in the shape of the Ministry's v1.0 model (CV 2088/BGDĐT-GDTH Phụ lục 1):
 * {@code HOC_BA} with {@code DU_LIEU_HOC_BA} (Id) and an empty {@code DANH_SACH_THONG_TIN_KY}, and
 * the signing plan of its page: the mathematics teacher, the homeroom teacher, the principal, the
 * school's organisation signature.
 */
public final class TestHocBa {

    public static final String SCHOOL_CODE = "79000701";
    public static final String MATHS_TEACHER = "GV-TOAN-01";
    public static final String HOMEROOM_TEACHER = "GV-CN-02";
    public static final String PRINCIPAL = "HT-01";
    public static final SigningPart MATHS = SigningPart.subjectRow("TOAN");
    public static final SigningPart HOMEROOM = SigningPart.page(SigningRole.HOMEROOM_TEACHER);
    public static final SigningPart HEAD = SigningPart.page(SigningRole.PRINCIPAL);
    public static final SigningPart SEAL = SigningPart.page(SigningRole.SCHOOL_SEAL);

    private TestHocBa() {
    }

    /** A record whose data region has the Id and the mathematics score given. */
    public static byte[] record(String dataId, String mathsScore) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <HOC_BA>
                  <DU_LIEU_HOC_BA Id="%s">
                    <THONG_TIN_CHUNG>
                      <PHIEN_BAN>1.0</PHIEN_BAN>
                      <MA_TRA_CUU_UUID>3f1c2a9e-7b4d-4c1e-9a2f-5d6e7f8a9b0c</MA_TRA_CUU_UUID>
                      <SO_CCCD>079212000123</SO_CCCD>
                      <HO_TEN>Nguyễn Thị Ánh Dương</HO_TEN>
                      <MA_TRUONG>%s</MA_TRUONG>
                    </THONG_TIN_CHUNG>
                    <QUA_TRINH_HOC_TAP>
                      <NAM_HOC>
                        <MA_NAM_HOC>2025-2026</MA_NAM_HOC>
                        <LOP>7A1</LOP>
                        <MON_HOC><MA_MON_HOC>TOAN</MA_MON_HOC><DIEM_TRUNG_BINH_CA_NAM>%s</DIEM_TRUNG_BINH_CA_NAM></MON_HOC>
                        <MON_HOC><MA_MON_HOC>NGU_VAN</MA_MON_HOC><DIEM_TRUNG_BINH_CA_NAM>7.8</DIEM_TRUNG_BINH_CA_NAM></MON_HOC>
                      </NAM_HOC>
                    </QUA_TRINH_HOC_TAP>
                    <TONG_KET>
                      <KET_QUA_HOC_TAP>Tốt</KET_QUA_HOC_TAP>
                      <KET_QUA_REN_LUYEN>Tốt</KET_QUA_REN_LUYEN>
                      <DUOC_LEN_LOP>1</DUOC_LEN_LOP>
                    </TONG_KET>
                  </DU_LIEU_HOC_BA>
                  <DANH_SACH_THONG_TIN_KY>
                  </DANH_SACH_THONG_TIN_KY>
                </HOC_BA>
                """.formatted(dataId, SCHOOL_CODE, mathsScore)).getBytes(StandardCharsets.UTF_8);
    }

    /** The default record: Id {@code HB-079212000123-2025}, mathematics 8.5. */
    public static byte[] record() {
        return record("HB-079212000123-2025", "8.5");
    }

    /** The page's plan: maths teacher, homeroom teacher, principal, seal, all required. */
    public static SigningPlan plan() {
        return new SigningPlan("HS-079212000123", SchoolYear.of(2025), SCHOOL_CODE, SigningPolicy.DEFAULT, List.of(
                new PlannedSignature(MATHS, MATHS_TEACHER, "Trần Văn Toán", true),
                new PlannedSignature(HOMEROOM, HOMEROOM_TEACHER, "Lê Thị Chủ Nhiệm", true),
                new PlannedSignature(HEAD, PRINCIPAL, "Phạm Hiệu Trưởng", true),
                new PlannedSignature(SEAL, SCHOOL_CODE, "Trường THCS Thử nghiệm", true)), List.of());
    }

    /** The signer's id for a part of {@link #plan()}. */
    public static String signerOf(SigningPart part) {
        return plan().planned().stream().filter(p -> p.part().equals(part)).findFirst()
                .map(PlannedSignature::signerId).orElseThrow();
    }
}
