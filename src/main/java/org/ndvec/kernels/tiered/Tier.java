package org.ndvec.kernels.tiered;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * One kernel entry point (an operator of a kernel family, for one dtype) with two implementations
 * that return the same bits, and the rule that picks one of them for each call.
 *
 * <p>Why (design.md section 5b): Vector API code is fast only once C2 has compiled it.
 * Interpreted or C1-compiled, every vector is a boxed object, and a kernel runs 10-100x slower than
 * the plain loop it replaces; C2 compiles a kernel only after thousands of calls. A short program
 * on small arrays (minibatch softmax regression, 2,000 x 20 float32, ~19k small ops) took 2.0-2.2 s
 * with the vector kernels against 0.63-0.71 s with the scalar ones; the first 256 x 256 float32
 * matmul of a fresh JVM took 2.4 s against 0.25 s. So every call starts on the scalar twin,
 * which is cheap from the first call, and the tier counts the work it does. Once that work shows
 * the operator is hot, {@link Warmup} compiles the vector kernel off the caller's path and checks
 * that it beats the scalar one; from then on calls take the vector kernel. The two return the same
 * bits (tested for every tiered kernel), so a switch, even in the middle of a large operation,
 * never changes a result.
 *
 * <p>States: {@code COLD} (scalar, counting) -> {@code WARMING} (scalar, being warmed) ->
 * {@code READY} (vector) or {@code SCALAR} (the compiled vector kernel did not beat the scalar one
 * here, or was not compiled in time: scalar for good).
 */
public final class Tier {
    /** What a tier does now. */
    public enum State {
        /** Scalar calls, counting work. */
        COLD,
        /** Scalar calls while the vector kernel is being compiled. */
        WARMING,
        /** Vector calls. */
        READY,
        /** Scalar calls for good. */
        SCALAR
    }

    /**
     * Estimated scalar time, in nanoseconds, after which an operator is worth warming: 20 ms. A
     * warm-up costs about 30-150 ms of CPU on the warm-up thread plus C2's compile, so an operator
     * must have shown that it keeps a core busy for a while. A short program on small arrays (the
     * seed tour, IrisSoftmax, the 2,000 x 20 minibatch program of perf/user) never gets there and
     * never loads the Vector API; one 1M-element exp does (4 ms each), and so do ~40,000 small
     * linear layers. {@code -Dndvec.tier.hot=NANOS} moves it (0: warm at the first call, for tests).
     */
    static final long HOT_NANOS = Long.getLong("ndvec.tier.hot", 20_000_000L);

    /**
     * Rows shorter than this are not counted: they fit in one vector, and the vector kernels send
     * them to the scalar tail anyway.
     */
    static final int MIN_COUNTED = 16;

    /**
     * Costs of the scalar twins, C2-compiled, in tenths of a nanosecond per element (per
     * multiply-add for products), measured on 4096-element rows (Zen 5, one thread): add 0.97 ns,
     * sum 0.31, max 0.40, sqrt 2.7, exp 4.2, log 7.7, sigmoid 6.9, tanh 13.7, gelu-tanh 12.4,
     * float64 exp 6.0. Rounded to three classes, which is all the trigger needs.
     */
    public static final int LIGHT = 10;
    /** Transcendentals and activations built on them. */
    public static final int HEAVY = 80;
    /** Products, per multiply-add. */
    public static final int MULADD = 3;

    /** Warm-ups that end without a compiled vector kernel before the tier stays scalar. */
    static final int ATTEMPTS = 3;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Tier.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final int cost;
    private final Supplier<Exercise> exercise;
    private volatile State state = State.COLD;
    // Plain fields, updated without synchronization: a lost update only delays a warm-up a little.
    // units: estimated scalar time spent so far, in tenths of a nanosecond
    private long units;
    private long trigger = HOT_NANOS * 10;
    private int attempts;

    /**
     * @param name     what logs and reports call it, e.g. {@code "float32 add"}
     * @param cost     the scalar twin's cost per element: {@link #LIGHT}, {@link #HEAVY} or {@link #MULADD}
     * @param exercise makes the warm-up driver (called once, when the tier gets hot)
     */
    public Tier(String name, int cost, Supplier<Exercise> exercise) {
        this.name = name;
        this.cost = cost;
        this.exercise = exercise;
        Warmup.register(this);
    }

    /**
     * Whether this call of {@code n} elements (or multiply-adds) takes the vector kernel; when it does not, its work
     * is counted, and the call that makes the operator hot hands it to {@link Warmup}.
     */
    public boolean vector(long n) {
        if (state == State.READY) {
            return true;
        }
        if (n < MIN_COUNTED) {
            return false;
        }
        long u = units + n * cost;
        units = u;
        if (u >= trigger) {
            Warmup.triggered(this);
        }
        return false;
    }

    /** The tier's name, e.g. {@code "float32 add"}. */
    public String name() {
        return name;
    }

    /** The scalar twin's cost class: {@link #LIGHT}, {@link #HEAVY} or {@link #MULADD}. */
    int cost() {
        return cost;
    }

    /** Its state now. */
    public State state() {
        return state;
    }

    /** Estimated scalar time counted so far, in tenths of a nanosecond. */
    long units() {
        return units;
    }

    /** The {@link #units} at which {@link #vector} next calls {@link Warmup}. */
    void trigger(long at) {
        trigger = at;
    }

    Exercise newExercise() {
        return exercise.get();
    }

    boolean claim() {
        return STATE.compareAndSet(this, State.COLD, State.WARMING);
    }

    void finish(boolean ready) {
        trigger = Long.MAX_VALUE;
        state = ready ? State.READY : State.SCALAR;
    }

    /**
     * The vector kernel was not compiled in time (C2 busy on a loaded machine): back to counting,
     * to try again after twice the work seen so far; after {@link #ATTEMPTS} tries, scalar for good.
     */
    void retryLater() {
        if (++attempts >= ATTEMPTS) {
            finish(false);
            return;
        }
        trigger = 2 * units + HOT_NANOS * 10;
        state = State.COLD;
    }

    @Override
    public String toString() {
        return name + ": " + state;
    }
}
