package testdata.cpu_heavy_on_event_loop;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Offline licence check: textbook RSA verification of the signed licence text. modPow with a
 * 4096-bit modulus is the expensive step.
 */
public class LicenseVerifier {

    private final BigInteger modulus;
    private final BigInteger publicExponent;

    public LicenseVerifier(BigInteger modulus, BigInteger publicExponent) {
        this.modulus = modulus;
        this.publicExponent = publicExponent;
    }

    /** A licence is "text.signature", the signature Base64-encoded. */
    public boolean isGenuine(String licence) {
        int dot = licence.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        BigInteger signature = new BigInteger(1, Base64.getDecoder().decode(licence.substring(dot + 1)));
        BigInteger recovered = signature.modPow(publicExponent, modulus);
        BigInteger expected = new BigInteger(1, licence.substring(0, dot).getBytes(StandardCharsets.UTF_8)).mod(modulus);
        return recovered.equals(expected);
    }
}
