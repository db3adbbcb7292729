package vn.schoolrecords.core.plan;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A lesson plan holds several lessons or topics: "Kế hoạch bài dạy của mỗi bài học hoặc mỗi chủ
 * đề chỉ nằm trong 01 file" (004 §2.2). Nothing was created.
 */
public final class SeveralLessonsException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "LESSON_PLAN_SEVERAL_LESSONS";

    private final int lessons;

    /**
     * Creates the exception.
     *
     * @param lessons how many lessons or topics were found, at least 2
     */
    public SeveralLessonsException(int lessons) {
        super(CODE, LocalizedText.of(
                "mỗi kế hoạch bài dạy chỉ cho 01 bài học hoặc chủ đề, không phải " + lessons + " (004 §2.2)",
                "a lesson plan covers exactly one lesson or topic, not " + lessons + " (004 §2.2)"));
        this.lessons = lessons;
    }

    /** @return how many lessons or topics were found, at least 2 */
    public int lessons() {
        return lessons;
    }
}
