package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public packages do not depend on {@code internal}, so that the implementation can change freely and the API
 * never exposes it. Reads the compiled classes with the JDK's {@code javap} (every class the constant pool, the
 * member descriptors, generic signatures and the bytecode refer to) and lists each offending edge with the members
 * it occurs in.
 *
 * <p>The allowed edges: an interface's default factory, a {@code static builder()} or {@code create()} of a public
 * interface returning {@code new internal.Default...} (the AWS SDK's {@code SnsMessageManager.builder()} shape); and a
 * public static method of a public interface whose body only delegates to internal, passing its arguments to one
 * static method and returning what it returns ({@code VodJobs.fromSqsBody} -> {@code DefaultVodJobs.fromSqsBody}): the
 * same edge from an interface to its default implementation, with no logic in the public type.
 */
class ArchitectureTest {

    /** A class name as the constant pool writes it ({@code a/b/C$D}, then {@code .method} maybe) or as a type. */
    private static final String PACKAGE = "io.github.vodclient.";
    private static final Pattern INTERNAL_REFERENCE = Pattern.compile(
            "io/github/vodclient/internal/[\\w/$]*\\w|io\\.github\\.vodclient\\.internal\\.[\\w.$]*\\w");
    /** A static method's declaration as javap prints it, with its return type. */
    private static final Pattern STATIC_METHOD = Pattern.compile("^public static ([\\w.$]+) \\w+\\(.*\\);$");
    /** One bytecode instruction as javap prints it ({@code 1: invokestatic  #7  // Method ...}): its opcode. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?m)^\\s*\\d+: (\\w+)");
    /** What a pure delegation may do besides its one call: load its arguments and return. */
    private static final Pattern LOAD_OR_RETURN = Pattern.compile("[ailfd]load(_\\d)?|[ailfd]?return");

    private static List<String> publicClasses;

    @Test
    void publicPackages_referToInternalOnlyThroughInterfaceFactories() {
        List<String> unexpected = new ArrayList<>();
        offendingEdges().forEach((edge, members) -> unexpected.add(edge + "  (in " + String.join("; ", members) + ")"));
        if (!unexpected.isEmpty()) {
            fail(unexpected.size() + " public -> internal edges besides interface factories:\n  "
                    + String.join("\n  ", unexpected));
        }
    }

    @Test
    void offendingEdges_readerFindsTheFactoryItAllows_soTheCheckCanFail() {
        // SnsVerifier.builder() returns new internal.sns.DefaultSnsVerifier... today, or a nested builder that does:
        // either way the reader must see some public -> internal reference, or the check above proves nothing
        List<String> all = new ArrayList<>();
        for (String text : publicClasses()) {
            Member.of(text).forEach(m -> {
                if (!m.internalReferences().isEmpty()) {
                    all.add(m.header());
                }
            });
        }
        assertFalse(all.isEmpty(), "no reference from a public package to internal found at all");
    }

    @Test
    void isDelegation_bodyWithMoreThanTheOneCall_isNotAllowed() {
        String header = "public static io.github.vodclient.job.VodJob fromSqsBody(java.lang.String);";
        String call = "         1: invokestatic  #7                  // Method io/github/vodclient/internal/job/"
                + "DefaultVodJobs.fromSqsBody:(Ljava/lang/String;)Lio/github/vodclient/job/VodJob;\n";
        String delegation = header + "\n    Code:\n      stack=1, locals=1, args_size=1\n         0: aload_0\n" + call
                + "         4: areturn\n      LineNumberTable:\n        line 85: 0";
        String twoCalls = delegation.replace("         4: areturn",
                "         4: invokestatic  #9\n         7: areturn");
        String logic = delegation.replace("         0: aload_0", "         0: aload_0\n         1: ifnull        9");

        assertTrue(isDelegation(header, delegation), "a pure delegation must pass, or the test below proves nothing");
        assertFalse(isDelegation(header, twoCalls), "two calls");
        assertFalse(isDelegation(header, logic), "a branch");
        assertFalse(isDelegation(header.replace("public static ", "public "), delegation), "an instance method");
    }

    /** Edge {@code public.Class -> internal.Class} to the members (or "class declaration") it occurs in. */
    private static Map<String, Set<String>> offendingEdges() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String text : publicClasses()) {
            String className = className(text);
            boolean isInterface = text.lines().anyMatch(l -> l.matches("^(public )?(abstract )?interface .*"));
            List<Member> members = Member.of(text);
            Set<String> inMembers = new TreeSet<>();
            for (Member m : members) {
                boolean factory = isInterface
                        && (isFactory(m.header(), className) || isDelegation(m.header(), m.body()));
                for (String target : m.internalReferences()) {
                    inMembers.add(target);
                    if (!factory) {
                        edges.computeIfAbsent(shortName(className) + " -> " + shortName(target),
                                k -> new TreeSet<>()).add(m.header());
                    }
                }
            }
            // what the constant pool, the class's signature or its attributes name outside any member (the
            // InnerClasses attribute names the outer class of a nested class a member uses: that is the member's)
            for (String target : references(text)) {
                if (inMembers.stream().noneMatch(t -> t.equals(target) || t.startsWith(target + "$"))) {
                    edges.computeIfAbsent(shortName(className) + " -> " + shortName(target),
                            k -> new TreeSet<>()).add("class declaration");
                }
            }
        }
        return edges;
    }

    /**
     * A default factory of an interface: {@code public static} and returning the interface or its {@code Builder}
     * ({@code builder()}, {@code create()}, {@code SnsVerifier.CertificateSource.https()}); what it instantiates is
     * internal.
     */
    private static boolean isFactory(String header, String interfaceName) {
        Matcher m = STATIC_METHOD.matcher(header);
        return m.matches() && (m.group(1).equals(interfaceName) || m.group(1).equals(interfaceName + "$Builder"));
    }

    /**
     * A public static method whose code only loads its arguments, calls one static method and returns the result:
     * whatever it reaches in internal, it adds no logic to the public type.
     */
    static boolean isDelegation(String header, String body) {
        if (!STATIC_METHOD.matcher(header).matches()) {
            return false;
        }
        int calls = 0;
        Matcher instruction = INSTRUCTION.matcher(body);
        while (instruction.find()) {
            String opcode = instruction.group(1);
            if (opcode.equals("invokestatic")) {
                calls++;
            } else if (!LOAD_OR_RETURN.matcher(opcode).matches()) {
                return false;
            }
        }
        return calls == 1;
    }

    /** A field or method as javap prints it: its declaration line and everything down to the blank line. */
    private record Member(String header, String body) {
        static List<Member> of(String javap) {
            List<Member> members = new ArrayList<>();
            int open = javap.indexOf("\n{\n");
            int close = javap.lastIndexOf("\n}\n");
            if (open < 0 || close < open + 3) {
                return members;
            }
            for (String block : javap.substring(open + 3, close).split("\n\\s*\n")) {
                String trimmed = block.strip();
                if (!trimmed.isEmpty()) {
                    members.add(new Member(trimmed.lines().findFirst().orElseThrow(), trimmed));
                }
            }
            return members;
        }

        Set<String> internalReferences() {
            return references(body);
        }
    }

    private static Set<String> references(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = INTERNAL_REFERENCE.matcher(text);
        while (m.find()) {
            found.add(m.group().replace('/', '.'));
        }
        return found;
    }

    private static String className(String javap) {
        Matcher m = Pattern.compile("this_class: #\\d+\\s+// (\\S+)").matcher(javap);
        if (!m.find()) {
            throw new IllegalStateException("javap printed no this_class");
        }
        return m.group(1).replace('/', '.');
    }

    /** {@code event.CompleteEvent} for {@code io.github.vodclient.event.CompleteEvent}. */
    private static String shortName(String className) {
        return className.substring(PACKAGE.length());
    }

    /** javap's text of every public class, one run for all (a javap run costs far more than a class). */
    private static synchronized List<String> publicClasses() {
        if (publicClasses == null) {
            List<String> args = new ArrayList<>(List.of("-v", "-p"));
            publicClassFiles().forEach(p -> args.add(p.toString()));
            ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(
                    () -> new IllegalStateException("this JDK has no javap tool (module jdk.jdeps)"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            if (javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("javap failed: " + err);
            }
            publicClasses = List.of(out.toString().replace("\r\n", "\n").split("(?m)^(?=Classfile )"))
                    .stream().filter(c -> c.startsWith("Classfile ")).toList();
            assertEquals(args.size() - 2, publicClasses.size(), "javap printed one text per class file");
        }
        return publicClasses;
    }

    /** Every class file of the library's public packages (everything but {@code internal}). */
    private static List<Path> publicClassFiles() {
        Path classes = classesDirectory();
        Path root = classes.resolve("io/github/vodclient");
        Path internal = root.resolve("internal");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".class") && !p.startsWith(internal))
                    .sorted().toList();
            assertTrue(found.size() > 20, "too few public classes found in " + classes + ": " + found.size());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesDirectory() {
        try {
            Path location = Path.of(VodClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                throw new IllegalStateException("run against the compiled classes, not a jar: " + location);
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
