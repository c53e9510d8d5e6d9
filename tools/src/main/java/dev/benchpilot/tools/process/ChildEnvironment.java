package dev.benchpilot.tools.process;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The environment a child process (the demo target, k6, Artillery, Locust, jcmd) starts with: only the variables a
 * program needs to find its tools, files, locale and certificates, never benchpilot's own settings and never a
 * variable whose name says it holds a secret. What a child needs beyond that (the test users for a load tool) its
 * caller adds by name.
 */
public final class ChildEnvironment {

    private static final Set<String> KEPT = Set.of(
            "PATH",
            "HOME",
            "USER",
            "LOGNAME",
            "SHELL",
            "LANG",
            "LANGUAGE",
            "TZ",
            "TMPDIR",
            "TERM",
            "JAVA_HOME",
            "NODE_PATH",
            "NODE_EXTRA_CA_CERTS",
            "PYTHONPATH",
            "PYTHONHOME",
            "VIRTUAL_ENV",
            "SSL_CERT_FILE",
            "SSL_CERT_DIR",
            "XDG_CACHE_HOME",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_RUNTIME_DIR",
            "NO_COLOR");
    private static final Pattern KEPT_PREFIX = Pattern.compile("^(LC_|K6_|ARTILLERY_|LOCUST_).*");
    private static final Pattern SECRET =
            Pattern.compile(".*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|COOKIE|SESSION).*");

    private ChildEnvironment() {}

    /** Replaces {@code environment} (a {@link ProcessBuilder#environment()}) with the kept part of itself. */
    public static void restrict(Map<String, String> environment) {
        environment.keySet().removeIf(name -> !kept(name));
    }

    /** True for a variable a child may inherit. */
    public static boolean kept(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BENCHPILOT_") || SECRET.matcher(upper).matches()) {
            return false;
        }
        return KEPT.contains(upper) || KEPT_PREFIX.matcher(upper).matches();
    }
}
