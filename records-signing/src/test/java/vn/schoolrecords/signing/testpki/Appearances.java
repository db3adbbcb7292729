package vn.schoolrecords.signing.testpki;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * What visible signatures are drawn with in the tests: Liberation Serif (OFL, copied from the
 * Debian package beside its licence into the test resources), and images drawn here — a blue
 * handwritten-like stroke on a transparent PNG, the same on a JPEG, and a red round seal.
 */
public final class Appearances {

    private Appearances() {
    }

    /** Liberation Serif Regular, which has every Vietnamese letter. */
    public static byte[] liberationSerif() {
        try (InputStream in = Appearances.class.getResourceAsStream(
                "/vn/schoolrecords/signing/fonts/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("test font missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decree 30's signature image: blue strokes on a transparent background (PNG with alpha). */
    public static byte[] signaturePng() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        strokes(image, new Color(0x1a, 0x3a, 0xc0));
        return encode(image, "png");
    }

    /** The same strokes on white, as a JPEG. */
    public static byte[] signatureJpeg() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.dispose();
        strokes(image, new Color(0x1a, 0x3a, 0xc0));
        return encode(image, "jpg");
    }

    /** A red round seal with a star, transparent outside (PNG with alpha). */
    public static byte[] sealPng() {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd0, 0x10, 0x10));
        g.setStroke(new BasicStroke(10));
        g.drawOval(8, 8, 224, 224);
        g.drawOval(40, 40, 160, 160);
        g.fillPolygon(new int[] {120, 134, 170, 142, 152, 120, 88, 98, 70, 106},
                new int[] {70, 106, 106, 128, 164, 142, 164, 128, 106, 106}, 10);
        g.dispose();
        return encode(image, "png");
    }

    private static void strokes(BufferedImage image, Color color) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(color);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(20, 90, 80, -20, 120, 140, 180, 40));
        g.draw(new CubicCurve2D.Float(150, 80, 200, 10, 240, 120, 285, 30));
        g.dispose();
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
