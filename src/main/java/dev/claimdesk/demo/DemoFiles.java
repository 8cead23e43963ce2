package dev.claimdesk.demo;

import java.util.Base64;

/** Small real files for the demo's claims (a 1x1 PNG), so attachments can be opened in the claim view. */
final class DemoFiles {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private DemoFiles() {}
}
