package vn.schoolrecords.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.school.SchoolRoster;

/**
 * {@code records assess}: assesses a class's year from its grade book (JSON, schema
 * {@value GradeBook#SCHEMA}) and the school's roster (JSON, schema {@value SchoolRoster#SCHEMA},
 * for the class's grade and the students' names), prints the class summary with the reasons for
 * every student not simply promoted, and writes the results as JSON if asked.
 */
final class AssessCommand implements Command {

    @Override
    public String synopsis() {
        return "assess --in GRADEBOOK.json --roster ROSTER.json [--out RESULTS.json]";
    }

    @Override
    public String summary() {
        return "assess a class from its grade book; print the summary with reasons";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--in", "--roster", "--out"), Set.of()).noPositional();
        Path in = args.path("--in");
        Path rosterFile = args.path("--roster");
        Optional<Path> out = args.optional("--out").map(Path::of);
        GradeBook book = CliFiles.readJson(in, GradeBook.class);
        SchoolRoster roster = CliFiles.readJson(rosterFile, SchoolRoster.class);
        ClassResults results = ClassResults.assess(book, roster);
        results.print(terminal.out(), true);
        out.ifPresent(file -> {
            CliFiles.writeJson(file, results);
            terminal.out().println();
            terminal.out().println("Kết quả / results: " + CliFiles.shown(file));
        });
        return Records.OK;
    }
}
