package testdata.cpu_heavy_on_event_loop;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * WebFlux account endpoints. Password encoders are deliberately slow; on a Netty event loop or on
 * Schedulers.single() (one thread for the whole application) every other request queues behind them.
 */
@RestController
@RequestMapping("/accounts")
public class SignupController {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
    private final Pbkdf2PasswordEncoder pbkdf2 = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final SCryptPasswordEncoder scrypt = SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final CredentialStore credentials;

    public SignupController(CredentialStore credentials) {
        this.credentials = credentials;
    }

    @PostMapping
    public Mono<String> register(@RequestParam String user, @RequestParam String password) {
        String hash = bcrypt.encode(password); // expect: cpu-heavy-on-event-loop
        credentials.store(user, hash);
        return Mono.just(user);
    }

    @PostMapping("/login")
    public Mono<Boolean> login(@RequestParam String user, @RequestParam String password) {
        return Mono.justOrEmpty(credentials.hashOf(user))
                .map(hash -> pbkdf2.matches(password, hash)) // expect: cpu-heavy-on-event-loop
                .defaultIfEmpty(false);
    }

    @PostMapping("/login/argon2")
    public Mono<Boolean> loginArgon2(@RequestParam String user, @RequestParam String password) {
        return Mono.justOrEmpty(credentials.hashOf("argon2:" + user))
                .publishOn(Schedulers.parallel())
                .map(hash -> argon2.matches(password, hash)) // ok: cpu-heavy-on-event-loop
                .defaultIfEmpty(false);
    }

    @PostMapping("/password")
    public Mono<String> changePassword(@RequestParam String user, @RequestParam String password) {
        return Mono.just(password)
                .publishOn(Schedulers.single())
                .map(candidate -> scrypt.encode(candidate)) // expect: cpu-heavy-on-event-loop
                .doOnNext(hash -> credentials.store("scrypt:" + user, hash))
                .thenReturn(user);
    }

    @PostMapping("/password/offloaded")
    public Mono<String> changePasswordOffloaded(@RequestParam String user, @RequestParam String password) {
        return Mono.fromCallable(() -> scrypt.encode(password)) // ok: cpu-heavy-on-event-loop
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(hash -> credentials.store("scrypt:" + user, hash))
                .thenReturn(user);
    }
}
