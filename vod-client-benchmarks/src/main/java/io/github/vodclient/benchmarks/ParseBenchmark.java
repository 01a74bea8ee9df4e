package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vodclient.BatchResult;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.event.WorkflowEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a Complete event into the typed model ({@link VodEventParser#parse(String)}) against anchor (a), the seed
 * article's two {@code readTree} calls and field reads, and anchor (b), a token scan of both layers. Two inputs: a
 * Lambda SNS event (~2.5 KB), also from bytes ({@link VodEventParser#parse(byte[])} against anchor (a) reading the
 * bytes), and the solution's own SQS body (~30 KB). Run with {@code -prof gc} for bytes/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    private VodEventParser parser;
    private SeedStyle seed;
    private TokenScan scan;
    private String lambdaSns;
    private byte[] lambdaSnsBytes;
    private String sqsBody;

    @Setup
    public void setUp() {
        parser = VodEventParser.create();
        seed = new SeedStyle(new ObjectMapper());
        scan = new TokenScan(new JsonFactory());
        lambdaSns = Fixtures.lambdaSnsEvent();
        lambdaSnsBytes = lambdaSns.getBytes(StandardCharsets.UTF_8);
        sqsBody = Fixtures.sqsBody();
        // The three must read the same event, or the comparison means nothing.
        if (!guid(parser.parse(lambdaSns)).equals(seed.readLambdaSns(lambdaSns).guid())
                || !guid(parser.parse(lambdaSnsBytes)).equals(seed.readLambdaSns(lambdaSnsBytes).guid())
                || !guid(parser.parse(sqsBody)).equals(seed.readMessage(sqsBody).guid())
                || scan.scanLambdaSns(lambdaSns) < 100) {
            throw new IllegalStateException("the parsers disagree on the fixture");
        }
    }

    private static String guid(BatchResult<VodEvent> batch) {
        return ((WorkflowEvent) batch.values().get(0)).guid();
    }

    @Benchmark
    public BatchResult<VodEvent> lambdaSns_ours() {
        return parser.parse(lambdaSns);
    }

    @Benchmark
    public SeedStyle.SeedEvent lambdaSns_seedDatabind() {
        return seed.readLambdaSns(lambdaSns);
    }

    @Benchmark
    public int lambdaSns_tokenScan() {
        return scan.scanLambdaSns(lambdaSns);
    }

    /** From bytes, as a Lambda {@code RequestStreamHandler} reads the event: ours checks the UTF-8 strictly. */
    @Benchmark
    public BatchResult<VodEvent> lambdaSnsBytes_ours() {
        return parser.parse(lambdaSnsBytes);
    }

    @Benchmark
    public SeedStyle.SeedEvent lambdaSnsBytes_seedDatabind() {
        return seed.readLambdaSns(lambdaSnsBytes);
    }

    @Benchmark
    public BatchResult<VodEvent> sqsBody_ours() {
        return parser.parse(sqsBody);
    }

    @Benchmark
    public SeedStyle.SeedEvent sqsBody_seedDatabind() {
        return seed.readMessage(sqsBody);
    }

    @Benchmark
    public int sqsBody_tokenScan() {
        return scan.scan(sqsBody);
    }
}
