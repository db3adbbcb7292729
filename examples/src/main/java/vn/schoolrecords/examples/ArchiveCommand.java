package vn.schoolrecords.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.archive.ArchiveManifest;
import vn.schoolrecords.core.archive.ArchiveReport;
import vn.schoolrecords.core.archive.ArchiveVerifier;
import vn.schoolrecords.core.archive.ArchiveWriter;
import vn.schoolrecords.core.archive.EntryFinding;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.examples.CommandFailedException.Code;

/**
 * {@code records archive}: the year-end archive (tệp dữ liệu lưu trữ cuối năm học) of a school's
 * directory, and its check.
 *
 * <p>{@code archive --school DIR --out archive.zip} takes the one {@code school-roster*.json} in
 * DIR (its school and year name the archive) and every other {@code .json} and {@code .pdf}
 * under DIR, as {@code records/…} and {@code pdf/…}; anything else — keys, certificates, notes —
 * is left out and counted. {@code records demo}'s output directory is such a directory.
 * {@code archive verify archive.zip} checks every entry against the manifest and exits non-zero
 * if any is missing, extra or altered.
 */
final class ArchiveCommand implements Command {

    @Override
    public String synopsis() {
        return "archive --school DIR --out ARCHIVE.zip [--progress] | archive verify ARCHIVE.zip";
    }

    @Override
    public String summary() {
        return "write a school's year-end archive (ZIP with manifest), or check one";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        if (!list.isEmpty() && list.get(0).equals("verify")) {
            Args args = Args.parse(list.subList(1, list.size()), Set.of(), Set.of());
            if (args.positional().size() != 1) {
                throw new UsageException("archive verify takes one ZIP file");
            }
            return verify(Path.of(args.positional().get(0)), terminal);
        }
        Args args = Args.parse(list, Set.of("--school", "--out"), Set.of(ProgressBar.FLAG)).noPositional();
        return write(args, terminal);
    }

    private static int write(Args args, Terminal terminal) {
        Path dir = args.path("--school");
        Path zip = args.path("--out");
        if (!Files.isDirectory(dir)) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, "không có thư mục " + dir, "no such directory: " + dir);
        }
        List<Path> files = files(dir);
        List<Path> rosters = files.stream().filter(f -> f.getFileName().toString().startsWith("school-roster")
                && f.getFileName().toString().endsWith(".json")).toList();
        if (rosters.size() != 1) {
            throw new CommandFailedException(Code.WRONG_KIND_OF_FILE,
                    "thư mục " + dir + " phải có đúng một tệp school-roster*.json (có " + rosters.size() + ")",
                    dir + " must hold exactly one school-roster*.json (it holds " + rosters.size() + ")");
        }
        SchoolRoster roster = CliFiles.readJson(rosters.get(0), SchoolRoster.class);
        List<Path> entries = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (f.equals(rosters.get(0))) {
                continue;
            }
            if (name.endsWith(".json") || name.endsWith(".pdf")) {
                entries.add(f);
            } else {
                skipped++;
            }
        }
        ProgressBar progress = terminal.progress(args, entries.size(), "tệp / files");
        ArchiveManifest manifest;
        try (OutputStream out = CliFiles.open(zip)) {
            ArchiveWriter writer = ArchiveWriter.start(out, roster.school(), roster.year(), Instant.now());
            writer.addRoster(roster);
            for (Path f : entries) {
                String relative = dir.relativize(f).toString().replace('\\', '/');
                if (relative.endsWith(".pdf")) {
                    writer.addPdf("pdf/" + relative, CliFiles.read(f));
                } else {
                    writer.add("records/" + relative, ArchiveWriter.JSON, CliFiles.read(f));
                }
                progress.step();
            }
            manifest = writer.finish();
        } catch (IOException e) {
            throw CliFiles.unwritable(zip, e);
        }
        terminal.out().println("Lưu trữ / archive: " + roster.school().name() + ", năm học " + roster.year() + " — "
                + manifest.entries().size() + " mục / entries" + (skipped == 0 ? ""
                        : ", bỏ qua / left out " + skipped + " tệp khác (khóa, chứng thư…) / other files (keys, certificates…)"));
        terminal.out().println("  " + CliFiles.shown(zip));
        return Records.OK;
    }

    private static int verify(Path zip, Terminal terminal) {
        CliFiles.read(zip); // a missing file is reported as such, not as a malformed archive
        ArchiveReport report;
        try (InputStream in = Files.newInputStream(zip)) {
            report = ArchiveVerifier.verify(in);
        } catch (IOException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không đọc được " + zip, "cannot read " + zip), e);
        }
        ArchiveManifest m = report.manifest();
        terminal.out().println("Lưu trữ / archive: " + m.schoolName() + " (" + m.schoolCode() + "), năm học " + m.year()
                + ", tạo lúc / made " + m.createdAt());
        terminal.out().println("  " + report.withStatus(EntryFinding.Status.OK).size() + " mục khớp / entries intact"
                + (report.manifestSignature().isPresent() ? "; có chữ ký manifest (chưa kiểm) / manifest signature present (not checked)" : ""));
        for (EntryFinding f : report.problems()) {
            terminal.out().println("  " + f.status() + " " + f.path());
        }
        if (!report.isIntact()) {
            throw new CommandFailedException(Code.NOT_VERIFIED,
                    "lưu trữ không nguyên vẹn: " + report.problems().size() + " mục thiếu, thừa hoặc bị sửa",
                    "the archive is not intact: " + report.problems().size() + " entries missing, extra or altered");
        }
        terminal.out().println("  Nguyên vẹn / intact");
        return Records.OK;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CommandFailedException(Code.FILE_UNREADABLE, LocalizedText.of(
                    "không đọc được thư mục " + dir, "cannot read the directory " + dir), e);
        }
    }
}
