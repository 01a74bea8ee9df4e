package io.github.vodclient.examples.http;

import com.sun.net.httpserver.HttpServer;
import io.github.vodclient.VodClient;
import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@link SnsEndpoint} on the JDK's {@link HttpServer}, at {@value #PATH}. Put it behind your TLS-terminating
 * proxy or load balancer and subscribe {@code https://<your host>/sns} to the pipeline's topic.
 *
 * <p>Slow clients: a request body must arrive within the read timeout or the client is disconnected, and bodies over
 * {@link SnsEndpoint#MAX_BODY_BYTES} are refused. The JDK server reads request headers on a worker thread before the
 * endpoint sees the request; {@link #main} bounds that with the JDK's {@code sun.net.httpserver.maxReqTime}, which
 * an application embedding {@link #start} sets itself (for example {@code -Dsun.net.httpserver.maxReqTime=15}).
 *
 * <pre>{@code
 * VOD_TOPIC_ARN=arn:aws:sns:eu-west-1:111122223333:vod-stack-Notifications AWS_REGION=eu-west-1 \
 *   java -cp vod-client-examples/target/vod-cli.jar io.github.vodclient.examples.http.SnsEndpointServer 8080
 * }</pre>
 */
public final class SnsEndpointServer implements AutoCloseable {
    /** The path the endpoint answers on. */
    public static final String PATH = "/sns";
    /**
     * Threads that read requests and handle them. Reading waits on the network, not the CPU: with this many, a few
     * slow or idle clients (each disconnected after the read timeout) do not hold up SNS's deliveries.
     */
    static final int THREADS = 64;
    /** The JDK HTTP server's limit on the time to receive a whole request, in seconds (default: none). */
    static final String MAX_REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";

    private final HttpServer server;
    private final ExecutorService executor;

    private SnsEndpointServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving, with {@link SnsEndpoint#DEFAULT_READ_TIMEOUT}.
     *
     * @param vod the client; owned by the caller, not closed by {@link #close()}
     * @param address where to listen; port 0 picks a free port
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static SnsEndpointServer start(VodClient vod, InetSocketAddress address) throws IOException {
        return start(vod, address, SnsEndpoint.DEFAULT_READ_TIMEOUT);
    }

    /**
     * Starts serving.
     *
     * @param vod the client; owned by the caller, not closed by {@link #close()}
     * @param address where to listen; port 0 picks a free port
     * @param readTimeout how long a request body may take to arrive before the client is disconnected
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static SnsEndpointServer start(VodClient vod, InetSocketAddress address, Duration readTimeout)
            throws IOException {
        SnsEndpoint endpoint = new SnsEndpoint(vod, readTimeout);
        HttpServer server = HttpServer.create(address, 0);
        // VodClient is thread-safe; idle threads end after a minute.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext(PATH, endpoint);
        server.start();
        return new SnsEndpointServer(server, executor);
    }

    /**
     * The endpoint's URL on the bound address.
     *
     * @return for example {@code http://127.0.0.1:41234/sns}
     */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + PATH);
    }

    /** Stops listening and ends the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
    }

    /**
     * Runs the endpoint: {@code [port [bind-address]]}, default an ephemeral port on 127.0.0.1. Configuration from
     * the environment: {@code VOD_TOPIC_ARN} (required), {@code VOD_TABLE}, {@code AWS_REGION}, and {@code JDBC_URL}
     * (default: an in-memory H2 database, for trying it out).
     *
     * @param args the port and the address to bind
     * @throws IOException when the address cannot be bound
     */
    public static void main(String[] args) throws IOException {
        // The JDK server reads request headers before any handler runs; this bounds that too (the whole request,
        // in seconds). It is read once, when the first HttpServer of the JVM starts: set it before.
        if (System.getProperty(MAX_REQUEST_TIME_PROPERTY) == null) {
            System.setProperty(MAX_REQUEST_TIME_PROPERTY,
                    Long.toString(SnsEndpoint.DEFAULT_READ_TIMEOUT.toSeconds() + 5));
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (environment.get("VOD_TOPIC_ARN") == null) {
            System.err.println("error: VOD_TOPIC_ARN is not set: the ARN of the pipeline's SNS topic");
            System.exit(2);
        }
        environment.putIfAbsent(JdbcUrlDataSource.URL_VARIABLE, JdbcUrlDataSource.IN_MEMORY_H2);
        JdbcVideoRepository videos = new JdbcVideoRepository(JdbcUrlDataSource.fromEnvironment(environment),
                Clock.systemUTC());
        videos.createSchema();
        VodClient vod = VodClient.builder().fromEnvironment(environment).videoRepository(videos).build();

        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        SnsEndpointServer server = start(vod, new InetSocketAddress(host, port));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            vod.close();
        }));
        System.out.println("SNS endpoint listening on " + server.uri());
    }
}
