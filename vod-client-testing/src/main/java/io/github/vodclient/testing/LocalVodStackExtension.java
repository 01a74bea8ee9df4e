package io.github.vodclient.testing;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link LocalVodStack} when a test first asks for one, injects it as a parameter
 * of constructors, lifecycle methods ({@code @BeforeAll} included) and test methods, and closes it when its scope
 * ends: after the test class (the default, and {@link #perClass}), or after the whole run ({@link #perRun}).
 *
 * <pre>{@code
 * @ExtendWith(LocalVodStackExtension.class)           // one stack for this class, default settings
 * class UploadTest {
 *     @Test
 *     void upload_reachesComplete(LocalVodStack stack) {
 *         VodClient vod = stack.vodClientBuilder().videoRepository(videos).build();
 *         stack.subscribe(vod::handle);
 *         ...
 *     }
 * }
 *
 * class FastTest {
 *     @RegisterExtension                                // one stack for the whole run, shared by every class
 *     static final LocalVodStackExtension STACK = LocalVodStackExtension.perRun();
 * }
 * }</pre>
 *
 * <p>A per-run stack is shared by the classes that register the same extension instance: {@link #perRun()}
 * always returns the same one; for other settings, keep your {@code perRun(..)} instance in a static field that the
 * classes share. The stack starts lazily, in the thread of the first test that asks for it; a failed start is
 * reported to every test that asks (as the cause of JUnit's parameter-resolution error). Thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalVodStackExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalVodStackExtension.class);
    private static final LocalVodStackExtension DEFAULT_PER_RUN = new LocalVodStackExtension(true, builder -> { });

    private final boolean perRun;
    private final Consumer<LocalVodStack.Builder> configuration;

    /** One stack per test class, default settings: what {@code @ExtendWith(LocalVodStackExtension.class)} uses. */
    public LocalVodStackExtension() {
        this(false, builder -> { });
    }

    private LocalVodStackExtension(boolean perRun, Consumer<LocalVodStack.Builder> configuration) {
        this.perRun = perRun;
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * One stack per test class, configured by the caller.
     *
     * <pre>{@code
     * @RegisterExtension
     * static final LocalVodStackExtension STACK = LocalVodStackExtension.perClass(b -> b.useFfmpeg(false));
     * }</pre>
     *
     * @param configuration applied to the stack's builder before it starts
     * @return a new extension
     */
    public static LocalVodStackExtension perClass(Consumer<LocalVodStack.Builder> configuration) {
        return new LocalVodStackExtension(false, configuration);
    }

    /**
     * One stack, default settings, for the whole test run: every class that registers this extension gets the same
     * stack, stopped when the run ends.
     *
     * @return the shared extension (always the same instance)
     */
    public static LocalVodStackExtension perRun() {
        return DEFAULT_PER_RUN;
    }

    /**
     * One stack for the whole run, configured by the caller, shared by the classes that register the returned
     * instance (keep it in a static field they all use).
     *
     * @param configuration applied to the stack's builder before it starts
     * @return a new extension
     */
    public static LocalVodStackExtension perRun(Consumer<LocalVodStack.Builder> configuration) {
        return new LocalVodStackExtension(true, configuration);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalVodStack.class;
    }

    @Override
    public LocalVodStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return scope(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(this, key -> new StartedStack(start()), StartedStack.class).stack;
    }

    private LocalVodStack start() {
        LocalVodStack.Builder builder = LocalVodStack.builder();
        configuration.accept(builder);
        return builder.start();
    }

    /** The root context for a per-run stack; else the outermost class's context (nested classes share it). */
    private ExtensionContext scope(ExtensionContext context) {
        if (perRun) {
            return context.getRoot();
        }
        ExtensionContext scope = context;
        while (scope.getParent().isPresent() && scope.getParent().get() != context.getRoot()) {
            scope = scope.getParent().get();
        }
        return scope;
    }

    /**
     * A stack in JUnit's store, closed when its scope ends: JUnit 5.13 and later close it as an
     * {@code AutoCloseable}, earlier versions (Spring Boot 3.5 manages 5.12) as a {@code CloseableResource}.
     */
    @SuppressWarnings("deprecation")
    private static final class StartedStack implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        private final LocalVodStack stack;

        StartedStack(LocalVodStack stack) {
            this.stack = stack;
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
