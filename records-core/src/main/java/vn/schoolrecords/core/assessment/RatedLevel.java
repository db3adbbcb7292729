package vn.schoolrecords.core.assessment;

/**
 * A level on one of the circulars' ordered scales — learning result, conduct, academic
 * standing, primary subject level. Within one scale a lower {@link #rank()} is better.
 */
public interface RatedLevel {

    /** @return the level's name as the circular writes it, e.g. {@code Khá}, not null */
    String vietnameseName();

    /** @return the position on its scale, 0 for the best level */
    int rank();
}
