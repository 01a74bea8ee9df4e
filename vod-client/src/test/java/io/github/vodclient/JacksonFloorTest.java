package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The library's builders on jackson-core 2.14.3 (copied into target/ by the build): the library's classes and
 * Jackson's are loaded child-first from the built classes and that jar, everything else (the AWS SDK, SLF4J) from
 * the test class path.
 */
class JacksonFloorTest {
    private static final Path OLD_JACKSON = Path.of("target/jackson-below-floor/jackson-core.jar");

    @Test
    void build_jacksonCoreBelowTheFloor_failsNamingTheMinimumAndTheVersionFound() throws Exception {
        Throwable failure = failureOf("io.github.vodclient.VodClient", "io.github.vodclient.VodClient$Builder");

        assertEquals(VodException.class.getName(), failure.getClass().getName(), String.valueOf(failure));
        assertTrue(failure.getMessage().startsWith("vod-client needs jackson-core 2.15.0 or newer, but the class "
                + "path has jackson-core 2.14.3 ("), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("jackson-core.jar); align Jackson, for example by importing "
                + "com.fasterxml.jackson:jackson-bom 2.15.0 or newer"), failure.getMessage());
    }

    @Test
    void parserBuild_jacksonCoreBelowTheFloor_failsNamingTheMinimum() throws Exception {
        Throwable failure = failureOf("io.github.vodclient.event.VodEventParser",
                "io.github.vodclient.event.VodEventParser$Builder");

        assertEquals(VodException.class.getName(), failure.getClass().getName(), String.valueOf(failure));
        assertTrue(failure.getMessage().startsWith("vod-client needs jackson-core 2.15.0 or newer"));
    }

    /** Calls {@code type.builder().build()} against the old jar and returns what it threw. */
    private static Throwable failureOf(String type, String builderType) throws Exception {
        assertTrue(Files.isRegularFile(OLD_JACKSON), OLD_JACKSON + " is missing: run the build's "
                + "generate-test-resources phase");
        URL[] urls = {OLD_JACKSON.toUri().toURL(), Path.of("target/classes").toUri().toURL()};
        try (URLClassLoader loader = new ChildFirst(urls, JacksonFloorTest.class.getClassLoader())) {
            Object builder = loader.loadClass(type).getMethod("builder").invoke(null);
            Class<?> builderClass = loader.loadClass(builderType);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> builderClass.getMethod("build").invoke(builder));
            return e.getCause();
        }
    }

    /** Loads the library and Jackson from its own URLs first, so that they see each other and not the test's. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("com.fasterxml.jackson.core.") && !name.startsWith("io.github.vodclient.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
