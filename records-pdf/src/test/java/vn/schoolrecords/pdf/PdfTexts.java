package vn.schoolrecords.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests of every printout read back: the text of pages, and Poppler's rendering of them. */
public final class PdfTexts {

    private PdfTexts() {
    }

    /** The text of pages {@code from} to {@code to} (from 1), white space collapsed. */
    public static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc).replaceAll("\\s+", " ").strip();
        }
    }

    /** The text of each page, white space collapsed. */
    public static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
            }
        }
        return pages;
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** pdftoppm (poppler-utils), if installed. */
    public static Optional<Path> pdftoppm() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "pdftoppm")).filter(Files::isExecutable).findFirst();
    }

    /**
     * Renders every page with Poppler to PNG files in a directory, failing on any warning.
     *
     * @return the PNG files, in page order
     */
    public static List<Path> png(Path pdftoppm, byte[] pdf, Path dir, int dpi) throws IOException,
            InterruptedException {
        Path file = dir.resolve("document.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(pdftoppm.toString(), "-r", Integer.toString(dpi), "-png", file.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.isEmpty()) {
            throw new AssertionError("pdftoppm failed or warned: " + output);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    /** The share of pixels that are clearly not white. */
    public static double inkedShare(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 160) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }
}
