package dev.claimdesk.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the tests of the built jar share: the jar, the java that runs it, free ports, logs and a clean stop. */
final class BuiltJar {

    private BuiltJar() {}

    static Path path() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("claimdesk-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no target/claimdesk-*.jar: run `./mvnw verify`"));
        }
    }

    /**
     * The jar unpacked as Spring Boot's tools extract it (the application's jar beside lib/): started with -jar it loads
     * its classes from plain jars, and a JDK's class cache can hold them.
     */
    static Path extracted() throws IOException, InterruptedException {
        Path jar = path();
        Path destination = Path.of("target", "extracted-jar");
        if (Files.exists(destination)) {
            try (Stream<Path> old = Files.walk(destination)) {
                for (Path file : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        var extract = new ProcessBuilder(
                        java(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        destination.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(extract.getInputStream().readAllBytes());
        if (extract.waitFor() != 0) {
            throw new AssertionError("could not extract " + jar + ": " + output);
        }
        return destination.resolve(jar.getFileName());
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, so that Spring shuts down and the embedded MariaDB's hook stops its server; then whatever is left. */
    static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
