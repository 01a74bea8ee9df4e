package io.github.vodclient.benchmarks;

import java.util.List;

/** The comparison groups the runner measures, and the table made of them. */
final class Summary {
    private static final double REPORT = Double.NaN;

    private Summary() {
    }

    /** Every group of benchmarks whose forks are paired; presigning gets its own, longer warm-up. */
    static List<PairedForks.Group> groups(int presignWarmup) {
        return List.of(
                new PairedForks.Group(ParseBenchmark.class, null,
                        List.of("lambdaSns_ours", "lambdaSns_seedDatabind", "lambdaSns_tokenScan"), 0),
                new PairedForks.Group(ParseBenchmark.class, null,
                        List.of("lambdaSnsBytes_ours", "lambdaSnsBytes_seedDatabind"), 0),
                new PairedForks.Group(ParseBenchmark.class, null,
                        List.of("sqsBody_ours", "sqsBody_seedDatabind", "sqsBody_tokenScan"), 0),
                new PairedForks.Group(VerifyBenchmark.class, "signatureVersion=1",
                        List.of("verify_ours", "verify_awsSnsMessageManager", "verify_bareSignature"), 0),
                new PairedForks.Group(VerifyBenchmark.class, "signatureVersion=2",
                        List.of("verify_ours", "verify_awsSnsMessageManager", "verify_bareSignature"), 0),
                new PairedForks.Group(PresignBenchmark.class, null,
                        List.of("presign_ours", "presign_bareS3Presigner"), presignWarmup),
                new PairedForks.Group(PlaybackBenchmark.class, null,
                        List.of("signUrl_ours", "signUrl_bareSdk"), 0),
                new PairedForks.Group(PlaybackBenchmark.class, null,
                        List.of("signPlaylist100_ours", "signPlaylist100_bareSdkOneSignature"), 0),
                new PairedForks.Group(HandleBenchmark.class, null,
                        List.of("handle_ours", "handle_lookupAlone", "handle_wholeItemGetItem"), 0));
    }

    static ResultTable table(PairedForks m, HandleBenchmark.LookupReport lookup, List<String> batchCalls,
            ColdStart.Result cold) {
        ResultTable t = new ResultTable();
        for (String input : new String[] {"lambdaSns", "sqsBody"}) {
            String what = input.equals("lambdaSns") ? "parse Lambda SNS Complete event (2.5 KB)"
                    : "parse the solution's SQS body (30 KB)";
            Series ours = m.time("ParseBenchmark." + input + "_ours");
            t.add(new ResultTable.Row(what, "(a) databind readTree x2", ours,
                    m.time("ParseBenchmark." + input + "_seedDatabind"), 1.0, ""));
            t.add(new ResultTable.Row(what, "(b) token scan", ours, m.time("ParseBenchmark." + input + "_tokenScan"),
                    1.3, ""));
        }
        t.add(new ResultTable.Row("parse the Lambda SNS event from bytes (UTF-8 checked)",
                "(a) databind readTree x2 of the bytes", m.time("ParseBenchmark.lambdaSnsBytes_ours"),
                m.time("ParseBenchmark.lambdaSnsBytes_seedDatabind"), 1.0, ""));
        for (String version : new String[] {"1", "2"}) {
            String what = "verify SNS HTTP delivery, cert cached (SignatureVersion " + version + ")";
            Series ours = m.time("VerifyBenchmark.verify_ours:" + version);
            t.add(new ResultTable.Row(what, "AWS SDK sns-message-manager 2.47.4", ours,
                    m.time("VerifyBenchmark.verify_awsSnsMessageManager:" + version), 1.0, ""));
            t.add(new ResultTable.Row(what, "bare Signature.verify", ours,
                    m.time("VerifyBenchmark.verify_bareSignature:" + version), 1.15, ""));
        }
        t.add(new ResultTable.Row("presign a PUT", "bare shared S3Presigner", m.time("PresignBenchmark.presign_ours"),
                m.time("PresignBenchmark.presign_bareS3Presigner"), 1.1, ""));
        t.add(new ResultTable.Row("sign a CloudFront URL (pipeline URL with spaces, canned policy)",
                "bare CloudFrontUtilities, URL already encoded", m.time("PlaybackBenchmark.signUrl_ours"),
                m.time("PlaybackBenchmark.signUrl_bareSdk"), 1.1, ""));
        t.add(new ResultTable.Row("rewrite a 100-segment HLS playlist with signed URIs",
                "bare CloudFrontUtilities, the one custom-policy signature", m.time(
                "PlaybackBenchmark.signPlaylist100_ours"), m.time(
                "PlaybackBenchmark.signPlaylist100_bareSdkOneSignature"), 1.3, ""));
        String lookupNote = lookup == null ? "" : String.format(
                "DynamoDB calls per event: %d (%s); %d of %d item bytes read (%.1f%%)", lookup.operations().size(),
                String.join(", ", lookup.operations()), lookup.itemBytesRead(), lookup.wholeItemBytes(),
                100 * lookup.fractionRead());
        t.add(new ResultTable.Row("handle a Complete event end to end (DynamoDB Local)", "the look-up alone",
                m.time("HandleBenchmark.handle_ours"), m.time("HandleBenchmark.handle_lookupAlone"), REPORT,
                lookupNote));
        t.add(new ResultTable.Row("GetItem of the whole item, for reference", "the look-up alone",
                m.time("HandleBenchmark.handle_wholeItemGetItem"), m.time("HandleBenchmark.handle_lookupAlone"),
                REPORT, ""));
        if (batchCalls != null) {
            double calls = batchCalls.size();
            t.add(new ResultTable.Row("DynamoDB calls per Lambda SQS batch of " + SqsBatchCalls.BATCH
                    + " Complete events (VodClient.handle, DynamoDB Local)", "one call",
                    new Series(new double[] {calls}, "calls"), new Series(new double[] {1}, "call"), 1.0,
                    counted(batchCalls)));
        }
        for (String input : new String[] {"lambdaSns", "lambdaSnsBytes", "sqsBody"}) {
            t.add(new ResultTable.Row("allocation per parsed event (" + input + ")", "(a) databind readTree x2",
                    m.allocation("ParseBenchmark." + input + "_ours"),
                    m.allocation("ParseBenchmark." + input + "_seedDatabind"), 1.0, ""));
        }
        for (String version : new String[] {"1", "2"}) {
            t.add(new ResultTable.Row("allocation per verified delivery (SignatureVersion " + version + ")",
                    "AWS SDK sns-message-manager", m.allocation("VerifyBenchmark.verify_ours:" + version),
                    m.allocation("VerifyBenchmark.verify_awsSnsMessageManager:" + version), REPORT, ""));
        }
        t.add(new ResultTable.Row("allocation per presigned PUT", "bare shared S3Presigner",
                m.allocation("PresignBenchmark.presign_ours"), m.allocation("PresignBenchmark.presign_bareS3Presigner"),
                REPORT, ""));
        if (cold != null) {
            Series ours = new Series(cold.ours().millis(), "ms");
            Series seed = new Series(cold.seed().millis(), "ms");
            t.add(new ResultTable.Row("cold start: one JVM handles one Lambda SNS Complete event", "seed-style "
                    + "(Jackson databind only)", ours, seed, 1.2, String.format("empty JVM %.0f ms; pairs are "
                    + "consecutive launches", cold.empty().median())));
            t.add(new ResultTable.Row("cold start above an empty JVM", "seed-style above an empty JVM",
                    minus(ours, cold.empty().millis()), minus(seed, cold.empty().millis()), REPORT,
                    "each launch minus the empty JVM launched next to it"));
        }
        return t;
    }

    /** {@code GetItem x10} for ten GetItem calls in a row, {@code BatchGetItem} for one. */
    private static String counted(List<String> operations) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < operations.size(); ) {
            int j = i;
            while (j < operations.size() && operations.get(j).equals(operations.get(i))) {
                j++;
            }
            s.append(s.length() == 0 ? "" : ", ").append(operations.get(i)).append(j - i > 1 ? " x" + (j - i) : "");
            i = j;
        }
        return s.toString();
    }

    private static Series minus(Series series, double[] empty) {
        double[] v = series.values();
        for (int i = 0; i < v.length; i++) {
            v[i] -= empty[i];
        }
        return new Series(v, series.unit());
    }
}
