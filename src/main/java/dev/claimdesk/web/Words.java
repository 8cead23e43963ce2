package dev.claimdesk.web;

import dev.claimdesk.security.Teams;
import java.lang.reflect.Method;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Codes in words for any page ({@code ${@words.of(value)}}): a value's own {@code label()} when it has one, else an enum
 * constant's name as a sentence ({@code WAITING_FOR_SELLER} is "Waiting for seller"), so no page shows a raw code;
 * {@code ${@words.team(id)}} a team by name.
 */
@Component("words")
public class Words {

    private final Teams teams;

    Words(Teams teams) {
        this.teams = teams;
    }

    /** A team's name for its queue id (the id itself for a queue no team record names). */
    public String team(String id) {
        return id == null || id.isEmpty() ? id : teams.nameOf(id);
    }

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        try {
            Method label = value.getClass().getMethod("label");
            if (label.getReturnType() == String.class && label.getParameterCount() == 0) {
                return (String) label.invoke(value);
            }
        } catch (ReflectiveOperationException e) {
            // no label: said in words below
        }
        return value instanceof Enum<?> e ? sentence(e.name()) : value.toString();
    }

    static String sentence(String code) {
        if (code.isEmpty()) {
            return code;
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
