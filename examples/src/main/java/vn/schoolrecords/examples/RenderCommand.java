package vn.schoolrecords.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.examples.CommandFailedException.Code;
import vn.schoolrecords.pdf.ClassList;
import vn.schoolrecords.pdf.ClassListRenderer;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.transcript.PrimaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;

/**
 * {@code records render}: prints a record as PDF/A-3b with the record's JSON inside and empty
 * signature fields named by role. The input's {@code schema} says what it is: a school roster
 * ({@value SchoolRoster#SCHEMA}) gives the class list of {@code --class}; a transcript
 * ({@value Transcript#SCHEMA}) gives the transcript. With a directory as {@code --in}, every
 * {@code .json} in it is rendered into the {@code --out} directory, with a progress bar on a
 * console or with {@code --progress}.
 */
final class RenderCommand implements Command {

    @Override
    public String synopsis() {
        return "render --in RECORD.json|DIR --out FILE.pdf|DIR [--class NAME] [--progress]";
    }

    @Override
    public String summary() {
        return "render a transcript (or a roster's class list) as PDF/A-3b with signature fields";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--in", "--out", "--class"), Set.of(ProgressBar.FLAG)).noPositional();
        Path in = args.path("--in");
        Path out = args.path("--out");
        Optional<String> className = args.optional("--class");
        Instant now = Instant.now();
        if (Files.isDirectory(in)) {
            List<Path> inputs = jsonFiles(in);
            ProgressBar progress = terminal.progress(args, inputs.size(), "tệp / files");
            for (Path f : inputs) {
                String name = f.getFileName().toString();
                render(f, out.resolve(name.substring(0, name.length() - ".json".length()) + ".pdf"), className, now);
                progress.step();
            }
            terminal.out().println("Đã in / rendered " + inputs.size() + " PDF vào / into " + CliFiles.shown(out));
            return Records.OK;
        }
        String what = render(in, out, className, now);
        terminal.out().println("Đã in / rendered " + what + ": " + CliFiles.shown(out));
        return Records.OK;
    }

    /** Renders one file; @return what was rendered, for the summary. */
    static String render(Path in, Path out, Optional<String> className, Instant now) {
        String schema = CliFiles.schemaOf(in);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String what;
        if (schema.equals(SchoolRoster.SCHEMA)) {
            SchoolRoster roster = CliFiles.readJson(in, SchoolRoster.class);
            String wanted = className.orElseThrow(() -> new UsageException("a roster needs --class NAME"));
            ClassGroup group = roster.classes().stream()
                    .filter(c -> c.name().equals(wanted) || c.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                            "danh sách trường không có lớp " + wanted, "the roster has no class " + wanted));
            new ClassListRenderer().render(ClassList.of(roster, group.id()), PdfOptions.of(now), pdf);
            what = "danh sách lớp / class list " + group.name();
        } else if (schema.equals(Transcript.SCHEMA)) {
            Transcript transcript = CliFiles.readJson(in, Transcript.class);
            transcript(transcript, TranscriptPrint.original(), PdfOptions.of(now), pdf);
            what = "học bạ / transcript " + transcript.student().fullName() + " (" + transcript.years().size()
                    + " năm học / school years)";
        } else {
            throw new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                    "tệp " + in + " không phải học bạ hay danh sách trường (schema '" + schema + "')",
                    in + " is neither a transcript nor a school roster (schema '" + schema + "')");
        }
        CliFiles.write(out, pdf.toByteArray());
        return what;
    }

    /**
     * Renders a transcript with the renderer of its level: primary (TT 27) or secondary.
     *
     * @param transcript the transcript
     * @param print original or copy, and the signing policy whose fields are placed
     * @param options the PDF options
     * @param out where the PDF goes
     */
    static void transcript(Transcript transcript, TranscriptPrint print, PdfOptions options, OutputStream out) {
        if (transcript.level() == EducationLevel.PRIMARY) {
            new PrimaryTranscriptRenderer().render(transcript, print, options, out);
        } else {
            new SecondaryTranscriptRenderer().render(transcript, print, options, out);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không đọc được thư mục " + dir, "cannot read the directory " + dir), e);
        }
    }
}
