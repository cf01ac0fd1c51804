package testdata.blocking_in_async_chain;

import java.util.regex.Pattern;

/** Masks card numbers and e-mail addresses; pure string work. */
public final class Redaction {

    private static final Pattern CARD = Pattern.compile("\\b(?:\\d[ -]?){13,16}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private Redaction() {
    }

    public static String redact(String text) {
        String withoutCards = CARD.matcher(text).replaceAll("[card]");
        return EMAIL.matcher(withoutCards).replaceAll("[email]");
    }

    public static boolean needsRedaction(String text) {
        return CARD.matcher(text).find() || EMAIL.matcher(text).find();
    }
}
