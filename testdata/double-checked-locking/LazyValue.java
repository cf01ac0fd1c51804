package testdata.double_checked_locking;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A hand-rolled memoizing supplier, the kind every code base grows one of. The value field is not
 * volatile, so a reader that takes the fast path can see a half-built value.
 */
public final class LazyValue<T> implements Supplier<T> {

    private final Object lock = new Object();
    private Supplier<? extends T> initializer;
    private T value;

    public LazyValue(Supplier<? extends T> initializer) {
        this.initializer = Objects.requireNonNull(initializer);
    }

    @Override
    public T get() {
        if (value == null) { // expect: double-checked-locking
            synchronized (lock) {
                if (value == null) {
                    value = Objects.requireNonNull(initializer.get(), "initializer returned null");
                    initializer = null;
                }
            }
        }
        return value;
    }

    public boolean isInitialized() {
        synchronized (lock) {
            return value != null;
        }
    }
}
