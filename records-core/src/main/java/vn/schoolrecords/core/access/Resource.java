package vn.schoolrecords.core.access;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * What the access policy needs to know of a record: its kind, its school, whose it is, its
 * group and subject, and who it awaits.
 *
 * @param kind the kind of record, not null
 * @param school where the record belongs, not null
 * @param ownerIds the staff ids whose record it is: a plan's author; a grade book's teachers of
 *     record; at least one, not null
 * @param group the subject group (tổ chuyên môn) of the record, or empty, not null
 * @param subgroup the sub-group (nhóm chuyên môn) of the record, or empty, not null
 * @param subject the subject code of the record, or empty when it spans subjects (the school
 *     plan, a whole class grade book), not null
 * @param awaiting the reviewer the record now waits for, or empty when nothing awaits review,
 *     not null
 */
public record Resource(RecordKind kind, SchoolPlace school, Set<String> ownerIds, Optional<String> group,
        Optional<String> subgroup, Optional<String> subject, Optional<Reviewer> awaiting) {

    /**
     * Checks presence and copies the owners.
     *
     * @throws InvalidValueException if there is no owner
     */
    public Resource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(subgroup, "subgroup");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(awaiting, "awaiting");
        ownerIds = Collections.unmodifiableSet(new TreeSet<>(ownerIds));
        if (ownerIds.isEmpty()) {
            throw InvalidValueException.of("ownerIds", "Resource.owner", LocalizedText.of(
                    "hồ sơ phải có người chịu trách nhiệm", "a record has at least one owner"), ownerIds);
        }
    }

    /**
     * A plan as the policy sees it.
     *
     * @param kind the plan's kind, not a grade book, not null
     * @param school its school, not null
     * @param authorId its author, not null
     * @param group its subject group, or empty, not null
     * @param subgroup its sub-group, or empty, not null
     * @param subject its subject, or empty, not null
     * @param awaiting the reviewer it waits for, or empty, not null
     * @return the resource, not null
     */
    public static Resource plan(RecordKind kind, SchoolPlace school, String authorId, Optional<String> group,
            Optional<String> subgroup, Optional<String> subject, Optional<Reviewer> awaiting) {
        if (!kind.isPlan()) {
            throw InvalidValueException.of("kind", "Resource.plan", LocalizedText.of(
                    "không phải kế hoạch", "not a plan"), kind);
        }
        return new Resource(kind, school, Set.of(authorId), group, subgroup, subject, awaiting);
    }

    /**
     * A grade book, or one subject's sheet of it.
     *
     * @param school its school, not null
     * @param teacherIds the teachers of record (and the homeroom teacher for the whole book), not null
     * @param subject the subject of the sheet, or empty for the whole book, not null
     * @return the resource, not null
     */
    public static Resource gradeBook(SchoolPlace school, Set<String> teacherIds, Optional<String> subject) {
        return new Resource(RecordKind.GRADE_BOOK, school, teacherIds, Optional.empty(), Optional.empty(), subject,
                Optional.empty());
    }
}
