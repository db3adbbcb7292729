/**
 * schoolrecords core: the school domain of Vietnam (school, school year, class, subject,
 * student, staff) and the rules of the Ministry's circulars, with no PDF or cryptography.
 */
module vn.schoolrecords.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // The digital transcript (học bạ số) is XML; its API hands out DOM documents and schemas.
    requires transitive java.xml;
    // Optional: only the arbitraries for property tests name jqwik; without it nothing else notices.
    requires static net.jqwik.api;

    exports vn.schoolrecords.core;
    exports vn.schoolrecords.core.school;
    exports vn.schoolrecords.core.json;
    exports vn.schoolrecords.core.assessment;
    exports vn.schoolrecords.core.sample;
    exports vn.schoolrecords.core.sample.arbitrary;
    exports vn.schoolrecords.core.gradebook;
    exports vn.schoolrecords.core.audit;
    exports vn.schoolrecords.core.register;
    exports vn.schoolrecords.core.retention;
    exports vn.schoolrecords.core.archive;
    exports vn.schoolrecords.core.plan;
    exports vn.schoolrecords.core.access;
    exports vn.schoolrecords.core.transcript;
    exports vn.schoolrecords.core.transcript.digital;
    exports vn.schoolrecords.core.transcript.digital.submission;
    exports vn.schoolrecords.core.rendering;

    // Jackson reads and writes the records reflectively; Hibernate Validator reads their
    // constraints and instantiates the internal constraint validators.
    opens vn.schoolrecords.core.school to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.schoolrecords.core.school.internal to org.hibernate.validator;
    opens vn.schoolrecords.core.assessment to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.gradebook to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.schoolrecords.core.gradebook.internal to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.audit to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.register to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.retention to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.archive to com.fasterxml.jackson.databind;
    opens vn.schoolrecords.core.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.schoolrecords.core.access to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.schoolrecords.core.transcript to com.fasterxml.jackson.databind;
}
