package vn.schoolrecords.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.school.StaffRole;

class AuditChainTest {

    /** A minimal event, to test the chain apart from any domain. */
    record Note(String actorId, StaffRole role, Instant at, String text) implements AuditEvent {
        @Override
        public void writeTo(CanonicalWriter out) {
            out.text("NOTE").text(actorId).name(role).instant(at).text(text);
        }
    }

    private static final Instant T = Instant.parse("2024-12-16T09:30:00.123456789Z");

    private static List<AuditEntry<Note>> chain(int n) {
        List<AuditEntry<Note>> entries = new ArrayList<>();
        Digest head = Digest.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry<Note> e = AuditEntry.chain(head, i, new Note("GV01", StaffRole.SUBJECT_TEACHER, T.plusSeconds(i),
                    "Sửa điểm lần " + i));
            entries.add(e);
            head = e.hash();
        }
        return entries;
    }

    /** The canonical encoding written out by hand, independently of CanonicalWriter. */
    private static byte[] expectedBytes(Digest previous, long sequence, Note note) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(previous.toByteArray());
        out.writeLong(sequence);
        for (String s : List.of("NOTE", note.actorId(), note.role().name())) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeLong(note.at().getEpochSecond());
        out.writeInt(note.at().getNano());
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        return bytes.toByteArray();
    }

    @Test
    void theHashIsSha256OfPreviousSequenceAndTheDocumentedEncoding() throws Exception {
        Note note = new Note("GV01", StaffRole.SUBJECT_TEACHER, T, "Điểm miệng: 7,5 → 8");
        AuditEntry<Note> entry = AuditEntry.chain(Digest.GENESIS, 1, note);
        byte[] expected = expectedBytes(Digest.GENESIS, 1, note);
        assertThat(entry.hashedBytes()).isEqualTo(expected);
        assertThat(entry.hash().toByteArray()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(expected));
        assertThat(entry.isIntact()).isTrue();
    }

    @Test
    void theEncodingIsFrozen() {
        // golden value: if this changes, every stored log breaks — define a new schema version instead
        Note note = new Note("GV01", StaffRole.SUBJECT_TEACHER, T, "Điểm miệng: 7,5 → 8");
        assertThat(AuditEntry.chain(Digest.GENESIS, 1, note).hash().toString())
                .isEqualTo(GOLDEN);
    }

    private static final String GOLDEN = "6742cef4ffb115e5a22fd5466d1406a18db9238f8f60160642b98174fa78e9f8"; // computed independently with Python hashlib;

    @Test
    void anIntactChainVerifiesToItsHead() {
        List<AuditEntry<Note>> entries = chain(20);
        assertThat(AuditChain.verify(entries)).isEqualTo(entries.get(19).hash());
        assertThat(AuditChain.verify(List.of())).isEqualTo(Digest.GENESIS);
    }

    @Test
    void removingAnEventIsDetected() {
        List<AuditEntry<Note>> entries = new ArrayList<>(chain(10));
        entries.remove(4);
        assertThatThrownBy(() -> AuditChain.verify(entries)).isInstanceOfSatisfying(AuditChainBrokenException.class, e -> {
            assertThat(e.code()).isEqualTo("AUDIT_CHAIN_BROKEN");
            assertThat(e.sequence()).isEqualTo(5);
            assertThat(e.fault()).isEqualTo(AuditChainBrokenException.Fault.SEQUENCE);
        });
        List<AuditEntry<Note>> lastRemoved = chain(10).subList(0, 9);
        // removing the tail is only detectable against a sealed head
        assertThat(AuditChain.verify(lastRemoved)).isNotEqualTo(chain(10).get(9).hash());
    }

    @Test
    void reorderingEventsIsDetectedEvenWithRenumberedSequences() {
        List<AuditEntry<Note>> entries = new ArrayList<>(chain(10));
        Collections.swap(entries, 3, 4);
        assertThatThrownBy(() -> AuditChain.verify(entries)).isInstanceOf(AuditChainBrokenException.class);
        List<AuditEntry<Note>> renumbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry<Note> e = entries.get(i);
            renumbered.add(new AuditEntry<>(i + 1, e.previous(), e.event(), e.hash()));
        }
        assertThatThrownBy(() -> AuditChain.verify(renumbered)).isInstanceOfSatisfying(AuditChainBrokenException.class,
                e -> assertThat(e.sequence()).isEqualTo(4));
    }

    @Test
    void alteringAnEventIsDetectedAtThatEvent() {
        List<AuditEntry<Note>> entries = new ArrayList<>(chain(10));
        AuditEntry<Note> e = entries.get(6);
        entries.set(6, new AuditEntry<>(e.sequence(), e.previous(),
                new Note(e.event().actorId(), e.event().role(), e.event().at(), "Sửa điểm lần 8"), e.hash()));
        assertThat(entries.get(6).isIntact()).isFalse();
        assertThatThrownBy(() -> AuditChain.verify(entries)).isInstanceOfSatisfying(AuditChainBrokenException.class, x -> {
            assertThat(x.sequence()).isEqualTo(7);
            assertThat(x.fault()).isEqualTo(AuditChainBrokenException.Fault.CONTENT_HASH);
        });
    }

    @Test
    void rehashingAnAlteredEventBreaksTheNextLink() {
        List<AuditEntry<Note>> entries = new ArrayList<>(chain(10));
        AuditEntry<Note> e = entries.get(2);
        entries.set(2, AuditEntry.chain(e.previous(), 3, new Note("GV01", StaffRole.SUBJECT_TEACHER, e.event().at(), "x")));
        assertThatThrownBy(() -> AuditChain.verify(entries)).isInstanceOfSatisfying(AuditChainBrokenException.class, x -> {
            assertThat(x.sequence()).isEqualTo(4);
            assertThat(x.fault()).isEqualTo(AuditChainBrokenException.Fault.PREVIOUS_HASH);
        });
    }

    @Property(tries = 200)
    void lengthPrefixesKeepFieldBoundariesUnambiguous(@ForAll @IntRange(min = 0, max = 6) int split) {
        String whole = "abcdef";
        Note a = new Note("GV" + whole.substring(0, split), StaffRole.CLERK, T, whole.substring(split));
        Note b = new Note("GV", StaffRole.CLERK, T, whole);
        if (split != 0) {
            assertThat(AuditEntry.chain(Digest.GENESIS, 1, a).hash()).isNotEqualTo(AuditEntry.chain(Digest.GENESIS, 1, b).hash());
        }
    }

    @Property(tries = 2000)
    void textIsEncodedExactlyAsTheJdkEncodesUtf8(@ForAll String text, @ForAll @IntRange(min = 0, max = 0x10FFFF) int cp) {
        String s = text + new String(Character.toChars(cp)) + "Nguyễn Thị Ánh Tuyết 𝔸" + text;
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] written = new CanonicalWriter().text(s).toByteArray();
        assertThat(written).hasSize(4 + utf8.length);
        assertThat(java.util.Arrays.copyOfRange(written, 4, written.length)).isEqualTo(utf8);
        assertThat(java.nio.ByteBuffer.wrap(written).getInt()).isEqualTo(utf8.length);
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsTheJdkWritesIt() {
        for (String s : List.of("a\uD800", "\uDC00b", "\uD800\uD800\uDC00", "x\uDBFF")) {
            assertThat(java.util.Arrays.copyOfRange(new CanonicalWriter().text(s).toByteArray(), 4, 4 + s.getBytes(StandardCharsets.UTF_8).length))
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void digestsAreWrittenInLowerCaseHexOnly() {
        Digest d = chain(1).get(0).hash();
        assertThat(Digest.parse(d.toString())).isEqualTo(d);
        assertThatThrownBy(() -> Digest.parse(d.toString().toUpperCase())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Digest.of(new byte[31])).isInstanceOf(InvalidValueException.class);
        byte[] raw = d.toByteArray();
        raw[0] ^= 1;
        assertThat(d.toByteArray()).isNotEqualTo(raw);
    }
}
