package dev.claimdesk.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Is a seller's text (a claim, a reply) written in English (the claim rules accept only English)? Lingua, offline, with only the handful
 * of languages sellers write in, built once on first use: about 0.8 s and 100 MB of heap. (Its low-accuracy mode costs
 * a few MB but takes short English answers such as "The SKU is AT-1." for Swahili: sellers' replies are often that
 * short.) Too little text to judge, or a language it cannot tell, counts as English: a seller is never asked to repeat
 * a reply that might have been fine.
 */
@Component
public class LanguageCheck {

    private static final Language[] SELLERS_LANGUAGES = {
        Language.ENGLISH,
        Language.FRENCH,
        Language.ARABIC,
        Language.CHINESE,
        Language.PORTUGUESE,
        Language.SPANISH,
        Language.SWAHILI
    };
    /** Latin-script text shorter than this many words ("OK thanks", "Merci") is not judged. */
    private static final int MIN_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern OWN_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsArabic}]");

    private volatile LanguageDetector detector;

    public boolean isEnglish(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        boolean ownScript = OWN_SCRIPT.matcher(text).find();
        if (!ownScript && WORD.matcher(text).results().count() < MIN_WORDS) {
            return true;
        }
        Language language = detector().detectLanguageOf(text);
        return language == Language.ENGLISH || language == Language.UNKNOWN;
    }

    private LanguageDetector detector() {
        var current = detector;
        if (current == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(SELLERS_LANGUAGES)
                            .build();
                }
                current = detector;
            }
        }
        return current;
    }
}
