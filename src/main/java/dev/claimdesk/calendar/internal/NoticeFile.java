package dev.claimdesk.calendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;

/**
 * One government notice as a data file, {@code <calendar>-<year>.json} in the shape of NateScarlet/holiday-cn:
 * {@code {"year": 2026, "days": [{"name": "国庆节", "date": "2026-10-01", "isOffDay": true}, ...]}}. {@code isOffDay}
 * true is a holiday, false a make-up working day. A notice may list dates of the year before (a New Year holiday
 * starting on 31 December).
 */
record NoticeFile(String calendarId, int year, String resource, String checksum, List<Day> days) {

    static final Pattern FILE_NAME = Pattern.compile("([a-z0-9][a-z0-9-]{0,34})-(\\d{4})\\.json");

    /**
     * The back office is written in English: the official festival names become their English names; a name the
     * table does not know is kept as written.
     */
    private static final Map<String, String> ENGLISH_NAMES = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day");

    record Day(LocalDate date, String name, boolean offDay) {}

    static NoticeFile read(Resource resource, ObjectMapper json) {
        String fileName = resource.getFilename();
        var nameMatch = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!nameMatch.matches()) {
            throw invalid(resource, "the file name must be <calendar>-<year>.json, e.g. cn-2027.json");
        }
        byte[] content;
        JsonNode root;
        try (var in = resource.getInputStream()) {
            content = in.readAllBytes();
            root = json.readTree(content);
        } catch (IOException e) {
            throw invalid(resource, "not readable JSON: " + e.getMessage());
        }
        int year = Integer.parseInt(nameMatch.group(2));
        if (root.path("year").asInt(-1) != year) {
            throw invalid(resource, "its \"year\" is " + root.path("year") + ", the file name says " + year);
        }
        var days = new ArrayList<Day>();
        for (JsonNode day : root.path("days")) {
            days.add(day(resource, day, year));
        }
        return new NoticeFile(nameMatch.group(1), year, fileName, sha256(content), List.copyOf(days));
    }

    private static Day day(Resource resource, JsonNode day, int year) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.path("date").asText());
        } catch (DateTimeParseException e) {
            throw invalid(resource, "bad date " + day.path("date"));
        }
        if (date.getYear() != year && date.getYear() != year - 1) {
            throw invalid(resource, date + " is neither in " + year + " nor in the December before it");
        }
        if (!day.path("isOffDay").isBoolean() || !day.path("name").isTextual()) {
            throw invalid(resource, date + " needs a \"name\" and a true/false \"isOffDay\"");
        }
        return new Day(
                date,
                englishName(day.path("name").asText()),
                day.path("isOffDay").asBoolean());
    }

    /** "国庆节、中秋节" becomes "National Day, Mid-Autumn Festival". */
    static String englishName(String name) {
        return Arrays.stream(name.split("、"))
                .map(String::strip)
                .map(part -> ENGLISH_NAMES.getOrDefault(part, part))
                .collect(Collectors.joining(", "));
    }

    private static IllegalStateException invalid(Resource resource, String problem) {
        return new IllegalStateException("Calendar notice " + resource.getDescription() + ": " + problem);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
