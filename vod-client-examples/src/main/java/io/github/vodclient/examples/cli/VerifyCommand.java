package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodException;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.sns.SnsVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vod verify [--signing-cert PEM] [--topic-arn ARN]... [--at INSTANT] [FILE|-]}: verifies an SNS envelope. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {
            "Verify the signature of an SNS HTTP body or SQS body (an SNS envelope).",
            "Prints {\"verified\":true,\"type\":...,\"topicArn\":...,\"messageId\":...} and exits 0, or prints"
                + " {\"verified\":false,\"reason\":...} (the reason's explanation on stderr) and exits 1.",
            "Exit 2: the input or an argument is unusable."})
final class VerifyCommand implements Callable<Integer> {

    private static final long MAX_CERTIFICATE_BYTES = CertificateSource.DEFAULT_MAX_CERTIFICATE_BYTES;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VodCli parent;

    @Option(names = "--signing-cert", paramLabel = "PEM",
            description = "Use this certificate instead of downloading SigningCertURL (the URL is still validated).")
    private Path signingCert;

    @Option(names = "--topic-arn", paramLabel = "ARN",
            description = "Accept only messages from this topic (repeatable).")
    private List<String> topicArns = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Verify as of this instant (ISO-8601, e.g. 2026-03-06T20:00:00Z), for captured messages.")
    private String at;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file; '-' or none: stdin.")
    private String file;

    @Override
    public Integer call() {
        SnsVerifier verifier = verifier();
        byte[] input = CliInput.read(file, parent.stdin());
        PrintWriter out = spec.commandLine().getOut();
        try {
            SnsMessage message = verifier.verify(input);
            print(out, true, g -> {
                g.writeStringField("type", message.type().wireName());
                g.writeStringField("topicArn", message.topicArn());
                g.writeStringField("messageId", message.messageId());
            });
            return 0;
        } catch (SnsVerificationException e) {
            print(out, false, g -> g.writeStringField("reason", e.reason().name()));
            PrintWriter err = spec.commandLine().getErr();
            err.println("not verified: " + CliErrors.describe(e));
            err.flush();
            return 1;
        }
    }

    private SnsVerifier verifier() {
        SnsVerifier.Builder builder = SnsVerifier.builder();
        if (at != null) {
            try {
                builder.clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "--at must be an ISO-8601 instant like 2026-03-06T20:00:00Z, was '" + at + "'");
            }
        }
        for (String topicArn : topicArns) {
            try {
                SnsVerifier.builder().allowedTopicArn(topicArn);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--topic-arn '" + topicArn + "' is not an SNS topic"
                        + " ARN (arn:aws:sns:REGION:ACCOUNT:NAME)");
            }
        }
        builder.allowedTopicArns(topicArns);
        if (signingCert != null) {
            builder.certificateSource(CertificateSource.ofPem(readCertificate(signingCert)));
        }
        return builder.build();
    }

    private static byte[] readCertificate(Path path) {
        byte[] pem;
        try {
            if (Files.size(path) > MAX_CERTIFICATE_BYTES) {
                throw new VodException(path + " is larger than " + MAX_CERTIFICATE_BYTES + " bytes: not a certificate");
            }
            pem = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new VodException("no such file: " + path, e);
        } catch (IOException e) {
            throw new VodException("cannot read " + path + ": " + e.getMessage(), e);
        }
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException e) {
            throw new VodException(path + " is not a PEM X.509 certificate", e);
        }
        return pem;
    }

    private static void print(PrintWriter out, boolean verified, Fields fields) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeBooleanField("verified", verified);
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Writes the fields after {@code verified}. */
    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }
}
