package org.ndvec.kernels;

/**
 * Unary operators whose result has the loop dtype. Which loop a dtype gets is decided
 * above the kernels ({@code org.ndvec.ops.Elementwise}): {@link #isFloatOnly()} operators
 * turn integer input into float64 first, as NumPy does for {@code np.sqrt(int_array)}.
 *
 * <p>{@code LEAKY_RELU}, {@code ELU} and {@code ROUND} take one parameter (alpha, alpha and
 * decimals); the others ignore it.
 */
public enum UnaryOp {
    /** {@code np.negative}. */
    NEG("negative", false),
    /** {@code np.absolute}. */
    ABS("absolute", false),
    /** {@code np.sign}: NaN stays NaN, zeros give 0. */
    SIGN("sign", false),
    /** {@code np.square}. */
    SQUARE("square", false),
    /** {@code np.reciprocal}. */
    RECIPROCAL("reciprocal", false),
    /** {@code np.floor}; integers keep their dtype, as in NumPy 2. */
    FLOOR("floor", false),
    /** {@code np.ceil}; integers keep their dtype. */
    CEIL("ceil", false),
    /** {@code np.round(a, decimals)}: half to even, in the array's own precision. */
    ROUND("round", false),
    /** {@code np.invert} (bitwise not), integers only. */
    INVERT("invert", false),
    /** {@code np.rint}: nearest, ties to even. */
    RINT("rint", true),
    /** {@code np.sqrt}. */
    SQRT("sqrt", true),
    /**
     * {@code np.exp}: ndvec's own kernel, float32 within 0.88 ulp, float64 within 1; the scalar and
     * vector kernels give the same bits (so do log, tanh, sigmoid, silu and gelu_tanh).
     */
    EXP("exp", true),
    /** {@code np.expm1}. */
    EXPM1("expm1", true),
    /** {@code np.log}: ndvec's own kernel, float32 within 0.93 ulp, float64 within 1. */
    LOG("log", true),
    /** {@code np.log1p}. */
    LOG1P("log1p", true),
    /** {@code np.log2}. */
    LOG2("log2", true),
    /** {@code np.log10}. */
    LOG10("log10", true),
    /** {@code np.sin}. */
    SIN("sin", true),
    /** {@code np.cos}. */
    COS("cos", true),
    /** {@code np.tan}. */
    TAN("tan", true),
    /** {@code np.tanh}: ndvec's own kernel, float32 within 4 ulp, float64 within 2. */
    TANH("tanh", true),
    /**
     * {@code max(x, 0)}; NaN stays NaN. Float loops only: integer and bool input is
     * {@code np.maximum(a, 0)} above the kernels, so integers keep their dtype. Errors name
     * NumPy's ufunc for it, {@code maximum}.
     */
    RELU("maximum", true),
    /** {@code x > 0 ? x : alpha * x}. */
    LEAKY_RELU("leaky_relu", true),
    /**
     * {@code 1 / (1 + exp(-x))}: float32 within 2 ulp; float64 within 2.5 ulp of the exact value
     * (exp's own ulp carries through {@code e / (1 + e)}; measured worst 2.18).
     */
    SIGMOID("sigmoid", true),
    /** {@code x * Phi(x)} with the error function; float64 within 2 ulp (measured 1.72 against mpmath). */
    GELU("gelu", true),
    /**
     * The tanh approximation {@code 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))}: within 4 ulp
     * (float64 measured 2.47 against mpmath).
     */
    GELU_TANH("gelu_tanh", true),
    /** {@code log(1 + exp(x))}, computed without overflow. */
    SOFTPLUS("softplus", true),
    /** {@code x * sigmoid(x)}; float32 vector lanes within 4 ulp of the double reference. */
    SILU("silu", true),
    /** {@code x > 0 ? x : alpha * (exp(x) - 1)}. */
    ELU("elu", true);

    private final String ufunc;
    private final boolean floatOnly;

    UnaryOp(String ufunc, boolean floatOnly) {
        this.ufunc = ufunc;
        this.floatOnly = floatOnly;
    }

    /** NumPy's ufunc name (or the activation's usual name), used in error messages. */
    public String ufunc() {
        return ufunc;
    }

    /** True when integer input is computed in float64 (NumPy's int -> float64 loops). */
    public boolean isFloatOnly() {
        return floatOnly;
    }
}
