package testdata.cpu_heavy_on_event_loop;

/** Base62 short links for share URLs: encode() is a handful of divisions, not a codec workload. */
public final class ShortLinkCodec {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private ShortLinkCodec() {
    }

    public static String encode(long id) {
        if (id == 0) {
            return "0";
        }
        StringBuilder link = new StringBuilder();
        long rest = Math.abs(id);
        while (rest > 0) {
            link.append(ALPHABET.charAt((int) (rest % ALPHABET.length())));
            rest /= ALPHABET.length();
        }
        return link.reverse().toString();
    }
}
