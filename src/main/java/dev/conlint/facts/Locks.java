package dev.conlint.facts;

/**
 * Lock identities as one file can tell them: {@code this:Owner} (synchronized methods,
 * {@code synchronized (this)}), {@code class:Owner} (static synchronized methods, {@code X.class}),
 * {@code field:name} (a lock held in a field, also through {@code rw.readLock()}), else
 * {@code expr:text}. Owners are simple names.
 */
public final class Locks {

    private Locks() {
    }

    public static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    /**
     * The lock a {@code @GuardedBy} value names, for a member of {@code owner}: {@code "this"},
     * {@code "lock"}, {@code "this.lock"}, {@code "registry.lock"} (its last field, as
     * {@code synchronized (registry.lock)} is named), {@code "X.class"}, {@code "Outer.this"},
     * {@code "lock.readLock()"} (the lock field itself).
     */
    public static String fromGuardedBy(String written, String owner) {
        String w = written.strip();
        if (w.equals("this")) {
            return "this:" + simpleName(owner);
        }
        if (w.endsWith(".class")) {
            return "class:" + simpleName(w.substring(0, w.length() - ".class".length()));
        }
        if (w.endsWith(".this")) {
            return "this:" + simpleName(w.substring(0, w.length() - ".this".length()));
        }
        if (w.startsWith("this.")) {
            w = w.substring("this.".length());
        }
        int paren = w.indexOf('(');
        if (paren >= 0) {   // lock.readLock(): the lock field the method is called on
            w = w.substring(0, paren);
            w = w.contains(".") ? w.substring(0, w.lastIndexOf('.')) : w;
        }
        // a path names the object by its last field, as synchronized (registry.lock) does
        return "field:" + w.substring(w.lastIndexOf('.') + 1);
    }
}
