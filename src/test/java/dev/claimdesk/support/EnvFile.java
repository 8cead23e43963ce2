package dev.claimdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The local servers' env file ({@code NAME='value'} lines, {@code LocalServers.write}) read back as a map. */
public final class EnvFile {

    private EnvFile() {}

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> settings = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                settings.put(line.substring(0, eq), line.substring(eq + 2, line.length() - 1));
            }
        }
        return settings;
    }
}
