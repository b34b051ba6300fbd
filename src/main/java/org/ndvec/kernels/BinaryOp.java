package org.ndvec.kernels;

/**
 * Binary operators whose result has the dtype of the loop (the promoted input dtype),
 * named after the NumPy ufuncs they implement. Comparisons, whose result is bool, are
 * {@link CompareOp}.
 *
 * <p>Integer semantics follow NumPy on int32/int64: overflow wraps; {@code DIV} never runs on
 * integers (true division promotes them to float64 before the loop); {@code FLOOR_DIVIDE}
 * and {@code MOD} round toward negative infinity (Python's convention, the sign of a modulo
 * follows the divisor) and give 0 for a zero divisor, as NumPy does (it also warns; we
 * cannot). Float {@code MAXIMUM}/{@code MINIMUM} propagate NaN, {@code FMAX}/{@code FMIN}
 * ignore a NaN operand; on equal operands (+0.0 and -0.0) all four return the second one,
 * which is what NumPy's SIMD loops produce.
 */
public enum BinaryOp {
    /** {@code np.add}. */
    ADD("add"),
    /** {@code np.subtract}. */
    SUB("subtract"),
    /** {@code np.multiply}. */
    MUL("multiply"),
    /** {@code np.true_divide}, floats only. */
    DIV("divide"),
    /** {@code np.floor_divide}. */
    FLOOR_DIVIDE("floor_divide"),
    /** {@code np.remainder} (Python's {@code %}). */
    MOD("remainder"),
    /** {@code np.power}. */
    POW("power"),
    /** {@code np.maximum}: NaN wins. */
    MAXIMUM("maximum"),
    /** {@code np.minimum}: NaN wins. */
    MINIMUM("minimum"),
    /** {@code np.fmax}: a NaN operand is ignored. */
    FMAX("fmax"),
    /** {@code np.fmin}: a NaN operand is ignored. */
    FMIN("fmin"),
    /** {@code np.bitwise_and}, integers and bools. */
    BITWISE_AND("bitwise_and"),
    /** {@code np.bitwise_or}, integers and bools. */
    BITWISE_OR("bitwise_or"),
    /** {@code np.bitwise_xor}, integers and bools. */
    BITWISE_XOR("bitwise_xor"),
    /** {@code np.left_shift}, integers and bools: a count outside {@code [0, bits)} gives 0. */
    LEFT_SHIFT("left_shift"),
    /** {@code np.right_shift} (arithmetic), integers and bools: a count outside {@code [0, bits)} gives the sign, -1 or 0. */
    RIGHT_SHIFT("right_shift");

    private final String ufunc;

    BinaryOp(String ufunc) {
        this.ufunc = ufunc;
    }

    /** NumPy's ufunc name, used in error messages. */
    public String ufunc() {
        return ufunc;
    }

    /** True for the bitwise operators, which exist only for integer and bool loops. */
    public boolean isBitwise() {
        return this == BITWISE_AND || this == BITWISE_OR || this == BITWISE_XOR || this == LEFT_SHIFT
                || this == RIGHT_SHIFT;
    }
}
