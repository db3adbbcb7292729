package vn.schoolrecords.examples;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.HttpTimestampClient;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;

/**
 * {@code records sign}: signs one signature field of a PDF with a key in a PKCS #12 file, as a
 * PAdES B-B signature, or B-T with a timestamp authority. The signature is an incremental update:
 * by default the file is signed in place, so signers can sign in turn; {@code --out} writes a
 * copy instead.
 */
final class SignCommand implements Command {

    @Override
    public String synopsis() {
        return "sign --in FILE.pdf --key KEY.p12 --alias NAME (--field FIELD | --new-field NAME)"
                + " (--password-env VAR | --password-stdin) [--level B-B|B-T] [--tsa URL] [--out FILE.pdf]"
                + " [--reason TEXT] [--location TEXT]";
    }

    @Override
    public String summary() {
        return "sign a PDF's signature field with a PKCS #12 key (PAdES B-B or B-T)";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--in", "--key", "--alias", "--field", "--new-field", "--level", "--tsa",
                "--out", "--reason", "--location", Passwords.ENV), Set.of(Passwords.STDIN)).noPositional();
        Path in = args.path("--in");
        Path out = args.optional("--out").map(Path::of).orElse(in);
        Path key = args.path("--key");
        String alias = args.required("--alias");
        Optional<String> field = args.optional("--field");
        Optional<String> newField = args.optional("--new-field");
        if (field.isPresent() == newField.isPresent()) {
            throw new UsageException("give one of --field FIELD (an existing empty field) or --new-field NAME");
        }
        String level = args.optional("--level").orElse("B-B");
        Optional<URI> tsa = args.optional("--tsa").map(SignCommand::uri);
        switch (level) {
            case "B-B" -> tsa.ifPresent(t -> {
                throw new UsageException("--tsa is for --level B-T");
            });
            case "B-T" -> tsa.orElseThrow(() -> new UsageException("--level B-T needs --tsa URL"));
            default -> throw new UsageException("--level is B-B or B-T, not '" + level + "'");
        }
        byte[] pdf = CliFiles.readPdf(in);
        char[] password = Passwords.read(args, terminal);
        byte[] signed;
        String signer;
        try (KeySource source = Pkcs12KeySource.open(key, password, alias)) {
            signer = Signers.commonName(source.certificateChain().get(0));
            SignatureRequest.Builder request = SignatureRequest.builder(source.certificateChain(), Instant.now())
                    .signerName(signer);
            if (field.isPresent()) {
                request.field(field.get());
            } else {
                request.newInvisibleField(newField.get());
            }
            tsa.ifPresent(uri -> request.levelBaselineT(HttpTimestampClient.of(uri)));
            args.optional("--reason").ifPresent(request::reason);
            args.optional("--location").ifPresent(request::location);
            signed = service().sign(pdf, request.build(), source);
        } finally {
            Arrays.fill(password, '\0');
        }
        CliFiles.write(out, signed);
        terminal.out().println("Đã ký / signed: " + field.orElseGet(newField::get) + " — " + signer + " — PAdES " + level);
        terminal.out().println("  " + CliFiles.shown(out) + " (" + signed.length + " bytes)");
        return Records.OK;
    }

    /** A service for one run of the command line: the system clock, a ledger in memory. */
    static SignatureService service() {
        return SignatureService.of(Clock.systemUTC(), CompletionLedger.inMemory());
    }

    private static URI uri(String text) {
        try {
            URI uri = URI.create(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new UsageException("--tsa needs an http or https URL, not '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tsa needs a URL, not '" + text + "'");
        }
    }
}
