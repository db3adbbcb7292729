package vn.schoolrecords.core.assessment;

/**
 * A recorded assessment result of a secondary subject: a {@link Score} for a subject assessed
 * by score, or a {@link CommentResult} for a subject assessed by comment only.
 */
public sealed interface Mark permits Score, CommentResult {

    /** @return the mark as printed in Vietnamese records, e.g. {@code 7,5} or {@code Đ} */
    String display();
}
