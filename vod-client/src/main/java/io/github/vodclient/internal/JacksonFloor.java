package io.github.vodclient.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import io.github.vodclient.VodException;
import java.security.CodeSource;

/**
 * The oldest jackson-core the library runs on. The readers limit untrusted input with
 * {@code StreamReadConstraints}, new in 2.15; an application whose build resolves an older jackson-core (an old
 * Spring Boot, a pinned BOM) would otherwise fail later with {@code NoClassDefFoundError: StreamReadConstraints}.
 * The builders call {@link #check()} first, so the failure names the minimum and the jar that was found.
 */
public final class JacksonFloor {
    /** The minimum jackson-core version. */
    public static final String MINIMUM = "2.15.0";

    private JacksonFloor() {
    }

    /**
     * Fails unless the jackson-core on the class path is {@link #MINIMUM} or newer.
     *
     * @throws VodException naming the minimum, the version found and where it came from
     */
    public static void check() {
        Version found = PackageVersion.VERSION;
        if (found.getMajorVersion() == 2 && found.getMinorVersion() < 15) {
            CodeSource source = PackageVersion.class.getProtectionDomain().getCodeSource();
            String where = source == null || source.getLocation() == null ? "" : " (" + source.getLocation() + ")";
            throw new VodException("vod-client needs jackson-core " + MINIMUM + " or newer, but the class path has "
                    + "jackson-core " + found + where + "; align Jackson, for example by importing "
                    + "com.fasterxml.jackson:jackson-bom " + MINIMUM + " or newer");
        }
    }
}
