package dev.conlint.facts;

/**
 * A check followed by an act on the same field, written in one method: a double-checked lazy
 * initialisation, a concurrent map's {@code containsKey}/{@code get} then {@code put}/{@code remove},
 * or an atomic's {@code get} then {@code set}. Whether it is a bug depends on the field (volatile?
 * a concurrent map? an atomic?), which the rules decide with the project model.
 *
 * @param field     the field as written (without {@code this.})
 * @param check     where the check is: the outer {@code == null} test, the containsKey/get call
 * @param checkName "containsKey", "get", "== null"
 * @param act       "put", "remove", "set", or the assignment for a lazy initialisation
 * @param underLock the check runs inside a synchronized block or method
 * @param keyParam  for a map check, the parameter of the enclosing method the key is derived from
 *                  ({@code ctx} for {@code Integer key = ctx.channel().hashCode()}), else null
 */
public record CheckFacts(Kind kind, String field, Pos check, String checkName, String act, boolean underLock,
                         String keyParam) {

    public CheckFacts(Kind kind, String field, Pos check, String checkName, String act, boolean underLock) {
        this(kind, field, check, checkName, act, underLock, null);
    }

    public enum Kind { DOUBLE_CHECKED_INIT, LAZY_INIT, MAP_CHECK_THEN_ACT, ATOMIC_GET_THEN_SET }
}
