package io.github.vodclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** JPMS users get a real module that exports the public API and hides the implementation. */
class ModuleDescriptorTest {

    @Test
    void moduleInfo_exportsExactlyThePublicPackages() {
        ModuleReference module = ModuleFinder.of(Path.of("target", "classes")).find("io.github.vodclient")
                .orElseThrow(() -> new AssertionError("no module io.github.vodclient in target/classes"));
        ModuleDescriptor descriptor = module.descriptor();

        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Set<String> publicPackages = descriptor.packages().stream()
                .filter(p -> !p.contains(".internal"))
                .collect(Collectors.toSet());

        assertEquals(publicPackages, exported);
        assertTrue(descriptor.packages().stream().anyMatch(p -> p.contains(".internal")),
                "the implementation packages exist and stay hidden");
    }
}
