package io.github.vodclient.benchmarks;

/** Turns the measurements into the comparisons of issue 8's table. */
final class Summary {
    private static final double REPORT = Double.NaN;

    private Summary() {
    }

    static ResultTable table(Measured m, HandleBenchmark.LookupReport lookup, ColdStart.Result cold) {
        ResultTable t = new ResultTable();
        for (String input : new String[] {"lambdaSns", "sqsBody"}) {
            String what = input.equals("lambdaSns") ? "parse Lambda SNS Complete event (2.5 KB)"
                    : "parse the solution's SQS body (30 KB)";
            Measured.Score ours = m.time("ParseBenchmark." + input + "_ours");
            t.add(new ResultTable.Row(what, "(a) databind readTree x2", ours,
                    m.time("ParseBenchmark." + input + "_seedDatabind"), 1.0, ""));
            t.add(new ResultTable.Row(what, "(b) token scan", ours, m.time("ParseBenchmark." + input + "_tokenScan"),
                    1.3, ""));
        }
        t.add(new ResultTable.Row("parse the Lambda SNS event from bytes (UTF-8 checked)",
                "(a) databind readTree x2 of the bytes", m.time("ParseBenchmark.lambdaSnsBytes_ours"),
                m.time("ParseBenchmark.lambdaSnsBytes_seedDatabind"), 1.0, ""));
        for (String version : new String[] {"1", "2"}) {
            t.add(new ResultTable.Row("verify SNS HTTP delivery, cert cached (SignatureVersion " + version + ")",
                    "bare Signature.verify", m.time("VerifyBenchmark.verify_ours:" + version),
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
        for (String input : new String[] {"lambdaSns", "lambdaSnsBytes", "sqsBody"}) {
            t.add(new ResultTable.Row("allocation per parsed event (" + input + ")", "(a) databind readTree x2",
                    m.allocation("ParseBenchmark." + input + "_ours"),
                    m.allocation("ParseBenchmark." + input + "_seedDatabind"), 1.0, ""));
        }
        if (cold != null) {
            Measured.Score ours = new Measured.Score(cold.ours().mean(), cold.ours().error(), "ms");
            Measured.Score seed = new Measured.Score(cold.seed().mean(), cold.seed().error(), "ms");
            t.add(new ResultTable.Row("cold start: one JVM handles one Lambda SNS Complete event", "seed-style "
                    + "(Jackson databind only)", ours, seed, 1.2, String.format("medians %.0f vs %.0f ms; empty JVM "
                    + "%.0f ms; %d launches each", cold.ours().median(), cold.seed().median(), cold.empty().median(),
                    cold.ours().millis().length)));
            Measured.Score empty = new Measured.Score(cold.empty().mean(), cold.empty().error(), "ms");
            t.add(new ResultTable.Row("cold start above an empty JVM", "seed-style above an empty JVM",
                    new Measured.Score(ours.value() - empty.value(), Math.hypot(ours.error(), empty.error()), "ms"),
                    new Measured.Score(seed.value() - empty.value(), Math.hypot(seed.error(), empty.error()), "ms"),
                    REPORT, "the part each program adds to JVM start-up"));
        }
        return t;
    }
}
