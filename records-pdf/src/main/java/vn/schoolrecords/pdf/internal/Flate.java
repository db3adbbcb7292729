package vn.schoolrecords.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The streams records-pdf writes itself — page contents, the embedded record's JSON, the ICC
 * profile — deflated at a level chosen here rather than PDFBox's global default.
 *
 * <p>Why level 1 ({@link Deflater#BEST_SPEED}): PDFBox's FlateFilter uses zlib's default level 6
 * unless a JVM-wide system property says otherwise, which a library must not set for its host.
 * On the sample transcript the page contents (55 kB of operators) deflate to 13.1 kB at level 1
 * against 10.6 kB at level 6, in a third of the CPU time: text operators and JSON are repetitive
 * enough that the fast matcher finds almost everything. The whole file grows by about 3 kB (5 %);
 * a printout of a few pages stays well under 100 kB. Constant streams (the
 * ICC profile) are deflated once at {@link Deflater#BEST_COMPRESSION} and copied as they are.
 */
final class Flate {

    /** The level of streams deflated per rendering. */
    static final int LEVEL = Deflater.BEST_SPEED;

    /**
     * Deflaters at {@link #LEVEL}, reset and reused: each new one sets up about 256 kB of zlib
     * state, and a rendering deflates a stream per page. One user at a time; about one per
     * busy thread is kept.
     */
    private static final int POOL_SIZE = 4;
    private static final Queue<Deflater> POOL = new ConcurrentLinkedQueue<>();

    private Flate() {
    }

    /** @return the bytes deflated at {@code level}, as a FlateDecode stream holds them */
    static byte[] deflate(byte[] data, int level) {
        Deflater pooled = level == LEVEL ? POOL.poll() : null;
        Deflater deflater = pooled != null ? pooled : new Deflater(level);
        boolean done = false;
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
            byte[] buffer = new byte[Math.min(Math.max(data.length / 2, 512), 1 << 16)];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            done = true;
            return out.toByteArray();
        } finally {
            if (done && level == LEVEL && POOL.size() < POOL_SIZE) {
                deflater.reset();
                POOL.offer(deflater);
            } else {
                deflater.end();
            }
        }
    }

    /** Replaces the stream's data with the given bytes, already deflated, and marks it FlateDecode. */
    static void writeDeflated(COSStream stream, byte[] deflated) {
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    /** Deflates a stream written without a filter, in place. */
    static void compress(COSStream stream) {
        byte[] plain;
        try (InputStream in = stream.createRawInputStream()) {
            plain = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeDeflated(stream, deflate(plain, LEVEL));
    }
}
