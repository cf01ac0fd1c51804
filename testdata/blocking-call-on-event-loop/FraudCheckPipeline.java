package testdata.blocking_call_on_event_loop;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** RxJava 3 pipelines: computation() and single() must not block, io() may. */
public class FraudCheckPipeline {

    private final RiskScoreClient riskClient;
    private final Path reportDir;

    public FraudCheckPipeline(RiskScoreClient riskClient, Path reportDir) {
        this.riskClient = riskClient;
        this.reportDir = reportDir;
    }

    public Observable<String> scoreAll(List<String> transactionIds) {
        return Observable.fromIterable(transactionIds)
                .observeOn(Schedulers.computation())
                .map(tx -> riskClient.score(tx)); // expect: blocking-call-on-event-loop
    }

    public Single<String> nightlyReport(String accountId) {
        return Single.just(accountId)
                .subscribeOn(Schedulers.single())
                .map(account -> "account " + account + " reviewed")
                .doOnSuccess(report -> Files.writeString(reportDir.resolve(accountId + ".txt"), report)); // expect: blocking-call-on-event-loop
    }

    public Single<String> scoreOne(String transactionId) {
        return Single.fromCallable(() -> riskClient.score(transactionId)) // ok: blocking-call-on-event-loop
                .subscribeOn(Schedulers.io());
    }

    public Observable<String> rescoreFlagged(List<String> transactionIds) {
        return Observable.fromIterable(transactionIds)
                .observeOn(Schedulers.io())
                .map(tx -> riskClient.score(tx)) // ok: blocking-call-on-event-loop
                .doOnNext(score -> Files.writeString(reportDir.resolve("rescored.json"), score)); // ok: blocking-call-on-event-loop
    }
}
