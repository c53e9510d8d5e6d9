package dev.benchpilot.tools.engines.internal;

import java.time.Duration;
import java.util.prefs.Preferences;

/**
 * Keeps Gatling off the network and out of the user's home directory: analytics and HTTP warm-up are
 * off (benchpilot-gatling.conf), and its "latest version" check — which would fetch Maven metadata and
 * write java.util.prefs under the home directory — finds a fresh, in-memory record of a check and skips.
 */
final class GatlingSandbox {

    static final String PREFERENCES_FACTORY = "java.util.prefs.PreferencesFactory";

    private GatlingSandbox() {}

    static synchronized void prepare(Duration requestTimeout) {
        System.setProperty("gatling.conf.file", "benchpilot-gatling.conf");
        System.setProperty("gatling.http.requestTimeout", Long.toString(requestTimeout.toMillis()));
        if (System.getProperty(PREFERENCES_FACTORY) == null) {
            System.setProperty(PREFERENCES_FACTORY, InMemoryPreferencesFactory.class.getName());
        }
        Preferences versionCheck = Preferences.userRoot().node("/io/gatling/latestVersion");
        versionCheck.putLong("lastCheckTimestamp", System.currentTimeMillis());
        versionCheck.putBoolean("lastCheckSuccess", false);
    }

    /** True when preferences live in memory, so nothing is written under the home directory. */
    static boolean preferencesInMemory() {
        return Preferences.userRoot() instanceof InMemoryPreferencesFactory.Node;
    }
}
