package testdata.cpu_heavy_on_event_loop;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

/**
 * RxJava jobs of the payments back office. Schedulers.single() is one shared thread, so CPU work
 * there stalls every other single() pipeline; computation() is sized for exactly this work.
 */
public class KeyRotationPipeline {

    private final TransactionMatcher matcher;

    public KeyRotationPipeline(TransactionMatcher matcher) {
        this.matcher = matcher;
    }

    public Single<KeyPair> rotate(String keyId) {
        return Single.just(keyId)
                .observeOn(Schedulers.single())
                .map(id -> {
                    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                    rsa.initialize(4096);
                    return rsa.generateKeyPair(); // expect: cpu-heavy-on-event-loop
                });
    }

    public Single<KeyPair> rotateOnComputation(String keyId) {
        return Single.just(keyId)
                .observeOn(Schedulers.computation())
                .map(id -> {
                    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                    rsa.initialize(4096);
                    return rsa.generateKeyPair(); // ok: cpu-heavy-on-event-loop
                });
    }

    public Single<List<String>> reconcile(List<TransactionMatcher.Payment> payments,
                                          List<TransactionMatcher.Invoice> invoices) {
        return Single.just(payments)
                .subscribeOn(Schedulers.single())
                // nested loops count where written in event-loop code; inside crossMatch they are not
                // followed (on real code that flags every helper walking two small lists)
                .map(batch -> matcher.crossMatch(batch, invoices)); // ok: cpu-heavy-on-event-loop
    }

    public Single<List<String>> reconcileOnComputation(List<TransactionMatcher.Payment> payments,
                                                       List<TransactionMatcher.Invoice> invoices) {
        return Single.just(payments)
                .observeOn(Schedulers.computation())
                .map(batch -> matcher.crossMatch(batch, invoices)); // ok: cpu-heavy-on-event-loop
    }
}
