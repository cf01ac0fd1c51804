package testdata.double_checked_locking;

import java.awt.Font;
import java.util.List;

/**
 * Fonts for PDF reports, derived once from the base font. ensureLoaded() double-checks a plain
 * static field under a static lock and returns nothing; reload() checks only inside the lock.
 */
public final class ReportFontCache {

    private static final Object FONT_LOCK = new Object();
    private static List<Font> fonts;
    private static Font fallback;

    private ReportFontCache() {
    }

    public static void ensureLoaded() {
        if (fonts == null) { // expect: double-checked-locking
            synchronized (FONT_LOCK) {
                if (fonts == null) {
                    Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
                    fonts = List.of(
                            base,
                            base.deriveFont(Font.BOLD, 14f),
                            base.deriveFont(Font.ITALIC, 8f));
                }
            }
        }
    }

    public static Font heading() {
        ensureLoaded();
        return fonts.get(1);
    }

    public static Font fallback() {
        synchronized (FONT_LOCK) {
            if (fallback == null) { // ok: double-checked-locking
                fallback = new Font(Font.MONOSPACED, Font.PLAIN, 10);
            }
            return fallback;
        }
    }
}
