package testdata.cpu_heavy_on_event_loop;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Derives the vault key from the master password with PBKDF2 at 600,000 iterations, as OWASP
 * recommends: slow on purpose, so guessing is slow too.
 */
public class VaultCrypto {

    private static final int ITERATIONS = 600_000;

    private final byte[] salt;
    private final byte[] expectedKey;

    public VaultCrypto(byte[] salt, byte[] expectedKey) {
        this.salt = salt.clone();
        this.expectedKey = expectedKey.clone();
    }

    public byte[] deriveKey(char[] masterPassword) {
        try {
            SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return pbkdf2.generateSecret(new PBEKeySpec(masterPassword, salt, ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }

    public boolean unlock(String masterPassword) {
        return MessageDigest.isEqual(deriveKey(masterPassword.toCharArray()), expectedKey);
    }
}
