package org.ndvec;

import java.util.Objects;

import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;
import org.ndvec.kernels.UnaryOp;
import org.ndvec.ops.ExprNode;
import org.ndvec.ops.FusedLoop;

/**
 * A fused elementwise expression, numexpr-style: a chain of ufuncs, activations and constants
 * written like the NumPy expression it stands for and evaluated in one pass, block by block,
 * allocating only the result (nothing with {@link #eval(NDArray) eval(out)}).
 *
 * <pre>{@code
 * // NumPy: np.exp(-0.5 * x * x) * c + d
 * NDArray y = Expr.of(x).mul(-0.5).mul(x).exp().mul(c).add(d).eval();
 * }</pre>
 *
 * <p>Each method is the ufunc of the same name applied to this expression ({@code a}) and its
 * operand ({@code b}), read left to right as NumPy's operators are: {@code Expr.of(x).mul(-0.5).mul(x)}
 * is {@code (x * -0.5) * x}. Results are bit for bit those of the same chain of {@link NDArray}
 * calls (and of NumPy's ufunc chain): every step runs the same kernel and rounds to the step's
 * dtype, which is the dtype NumPy would give it. Operands broadcast to the result's shape; Java
 * doubles are weak scalars as Python floats are (NEP 50), so a float32 expression stays float32.
 *
 * <p>Evaluation works on blocks of a few thousand elements that stay in cache: for
 * {@code np.exp(-0.5*x*x)*c + d} the op-by-op chain reads and writes five 1M-element temporaries,
 * the fused one reads x, c and d and writes the result once. The fused loop runs when every step
 * computes in one float dtype (float32 or float64); other expressions (integer arithmetic, mixed
 * precision steps) are evaluated op by op with the same results. Bool arithmetic is not supported
 * (bool values are conditions, from comparisons, for {@link #where}).
 *
 * <p>An {@code Expr} is immutable and holds its arrays, not their values: each {@link #eval()}
 * reads the arrays as they are then. Sub-expressions may be reused ({@code e.mul(e)}); each is
 * computed once per block.
 */
public final class Expr {
    private final ExprNode node;

    private Expr(ExprNode node) {
        this.node = node;
    }

    /**
     * The expression that starts from an array: {@code x} in {@code np.exp(x) * 2}.
     *
     * @param x a bool, integer or float array; bool arrays serve only as {@link #where} conditions
     * @return the expression {@code x}
     * @throws IllegalArgumentException for a string array
     */
    public static Expr of(NDArray x) {
        Objects.requireNonNull(x, "x");
        return new Expr(ExprNode.leaf(x));
    }

    /**
     * Chooses elementwise: {@code np.where(cond, x, y)}.
     *
     * @param cond a bool expression (a comparison such as {@code Expr.of(a).gt(0)}, or a bool array)
     * @param x the values where cond is true
     * @param y the values where cond is false
     * @return the expression of x's and y's promoted dtype and the broadcast shape of all three
     * @throws IllegalArgumentException when cond is not bool, the shapes do not broadcast, or x or y is bool
     */
    public static Expr where(Expr cond, Expr x, Expr y) {
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return new Expr(ExprNode.where(cond.node, x.node, y.node));
    }

    /**
     * Chooses elementwise with a constant for the false case: {@code np.where(cond, x, 0.0)}.
     *
     * @param cond a bool expression
     * @param x the values where cond is true
     * @param y the constant where cond is false, weak in promotion (NEP 50)
     * @return the expression {@code np.where(cond, x, y)}
     * @throws IllegalArgumentException when cond is not bool, the shapes do not broadcast, or x is bool
     */
    public static Expr where(Expr cond, Expr x, double y) {
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(x, "x");
        return new Expr(ExprNode.where(cond.node, x.node, ExprNode.constant(x.node, y)));
    }

    /**
     * Chooses elementwise with a constant for the true case: {@code np.where(cond, 0.0, y)}.
     *
     * @param cond a bool expression
     * @param x the constant where cond is true, weak in promotion (NEP 50)
     * @param y the values where cond is false
     * @return the expression {@code np.where(cond, x, y)}
     * @throws IllegalArgumentException when cond is not bool, the shapes do not broadcast, or y is bool
     */
    public static Expr where(Expr cond, double x, Expr y) {
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(y, "y");
        return new Expr(ExprNode.where(cond.node, ExprNode.constant(y.node, x), y.node));
    }

    /**
     * The constant minus this expression: {@code c - a}, {@code np.subtract(c, a)}.
     *
     * @param c the constant, weak in promotion (NEP 50)
     * @return the expression {@code c - a}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr rsub(double c) {
        return new Expr(ExprNode.binary(BinaryOp.SUB, ExprNode.constant(node, c), node));
    }

    /**
     * The constant divided by this expression: {@code c / a}, {@code np.true_divide(c, a)}.
     *
     * @param c the constant, weak in promotion (NEP 50)
     * @return the expression {@code c / a}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr rdiv(double c) {
        return new Expr(ExprNode.binary(BinaryOp.DIV, ExprNode.constant(node, c), node));
    }

    /**
     * Limits values to {@code [lo, hi]} as {@link NDArray#clip(double, double)} does:
     * {@code np.minimum(np.maximum(a, lo), hi)}, which is {@code np.clip(a, lo, hi)}; NaN stays NaN.
     *
     * @param lo the lower bound, weak in promotion (NEP 50)
     * @param hi the upper bound, weak in promotion
     * @return the expression {@code np.clip(a, lo, hi)}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr clip(double lo, double hi) {
        // the bound first: maximum and minimum give their second operand on a tie, and np.clip
        // keeps the element (clip(-0.0, 0.0, 1.5) is -0.0); maximum(lo) gave +0.0 there
        ExprNode low = ExprNode.binary(BinaryOp.MAXIMUM, ExprNode.constant(node, lo), node);
        return new Expr(ExprNode.binary(BinaryOp.MINIMUM, ExprNode.constant(low, hi), low));
    }

    /**
     * Elementwise {@code a + b}: {@code np.add(a, b)} ({@code a + b}).
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.add(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr add(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.ADD, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.add(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.add(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr add(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.ADD, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.add(a, b)} ({@code a + 2.0}).
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.add(a, b)}
     */
    public Expr add(double b) {
        return binary(BinaryOp.ADD, ExprNode.constant(node, b));
    }

    /**
     * Elementwise {@code a - b}: {@code np.subtract(a, b)} ({@code a - b}).
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.subtract(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr sub(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.SUB, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.subtract(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.subtract(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr sub(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.SUB, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.subtract(a, b)} ({@code a - 2.0}).
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.subtract(a, b)}
     */
    public Expr sub(double b) {
        return binary(BinaryOp.SUB, ExprNode.constant(node, b));
    }

    /**
     * Elementwise {@code a * b}: {@code np.multiply(a, b)} ({@code a * b}).
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.multiply(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr mul(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MUL, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.multiply(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.multiply(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr mul(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MUL, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.multiply(a, b)} ({@code a * 2.0}).
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.multiply(a, b)}
     */
    public Expr mul(double b) {
        return binary(BinaryOp.MUL, ExprNode.constant(node, b));
    }

    /**
     * Elementwise {@code a / b}: {@code np.true_divide(a, b)} ({@code a / b}).
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.true_divide(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr div(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.DIV, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.true_divide(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.true_divide(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr div(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.DIV, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.true_divide(a, b)} ({@code a / 2.0}).
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.true_divide(a, b)}
     */
    public Expr div(double b) {
        return binary(BinaryOp.DIV, ExprNode.constant(node, b));
    }

    /**
     * Elementwise the larger, NaN propagating: {@code np.maximum(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.maximum(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr maximum(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MAXIMUM, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.maximum(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.maximum(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr maximum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MAXIMUM, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.maximum(a, b)}.
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.maximum(a, b)}
     */
    public Expr maximum(double b) {
        return binary(BinaryOp.MAXIMUM, ExprNode.constant(node, b));
    }

    /**
     * Elementwise the smaller, NaN propagating: {@code np.minimum(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the expression {@code np.minimum(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast ({@code operands could not be broadcast
     *     together with shapes (2,3) (4,)}), or for a bool operand
     */
    public Expr minimum(Expr b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MINIMUM, b.node);
    }

    /**
     * Elementwise with an array operand: {@code np.minimum(a, b)}.
     *
     * @param b the second operand, read when the expression is evaluated; it broadcasts against this expression
     * @return the expression {@code np.minimum(a, b)}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool or string array
     */
    public Expr minimum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return binary(BinaryOp.MINIMUM, ExprNode.leaf(b));
    }

    /**
     * Elementwise with a constant, a weak scalar as a Python float is (NEP 50): {@code np.minimum(a, b)}.
     *
     * @param b the constant: rounded to float32 in a float32 expression; integer expressions compute in float64
     * @return the expression {@code np.minimum(a, b)}
     */
    public Expr minimum(double b) {
        return binary(BinaryOp.MINIMUM, ExprNode.constant(node, b));
    }

    /**
     * Elementwise -a: {@code np.negative(a)}.
     *
     * @return the expression {@code np.negative(a)}: of this expression's dtype
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr neg() {
        return unary(UnaryOp.NEG);
    }

    /**
     * Elementwise |a|: {@code np.absolute(a)}.
     *
     * @return the expression {@code np.absolute(a)}: of this expression's dtype
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr abs() {
        return unary(UnaryOp.ABS);
    }

    /**
     * Elementwise a * a: {@code np.square(a)}.
     *
     * @return the expression {@code np.square(a)}: of this expression's dtype
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr square() {
        return unary(UnaryOp.SQUARE);
    }

    /**
     * Elementwise the square root of a: {@code np.sqrt(a)}.
     *
     * @return the expression {@code np.sqrt(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr sqrt() {
        return unary(UnaryOp.SQRT);
    }

    /**
     * Elementwise 1 / a: {@code np.reciprocal(a)}.
     *
     * @return the expression {@code np.reciprocal(a)}: of this expression's dtype
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr reciprocal() {
        return unary(UnaryOp.RECIPROCAL);
    }

    /**
     * Elementwise e^a: {@code np.exp(a)}.
     *
     * @return the expression {@code np.exp(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr exp() {
        return unary(UnaryOp.EXP);
    }

    /**
     * Elementwise e^a - 1: {@code np.expm1(a)}.
     *
     * @return the expression {@code np.expm1(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr expm1() {
        return unary(UnaryOp.EXPM1);
    }

    /**
     * Elementwise the natural logarithm of a: {@code np.log(a)}.
     *
     * @return the expression {@code np.log(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr log() {
        return unary(UnaryOp.LOG);
    }

    /**
     * Elementwise log(1 + a): {@code np.log1p(a)}.
     *
     * @return the expression {@code np.log1p(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr log1p() {
        return unary(UnaryOp.LOG1P);
    }

    /**
     * Elementwise the sine of a: {@code np.sin(a)}.
     *
     * @return the expression {@code np.sin(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr sin() {
        return unary(UnaryOp.SIN);
    }

    /**
     * Elementwise the cosine of a: {@code np.cos(a)}.
     *
     * @return the expression {@code np.cos(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr cos() {
        return unary(UnaryOp.COS);
    }

    /**
     * Elementwise the hyperbolic tangent of a: {@code np.tanh(a)}.
     *
     * @return the expression {@code np.tanh(a)}: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr tanh() {
        return unary(UnaryOp.TANH);
    }

    /**
     * The activation max(a, 0), NaN staying NaN, as {@link NDArray#relu()} computes it: {@code np.maximum(a, 0)}.
     *
     * @return the expression: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr relu() {
        return unary(UnaryOp.RELU);
    }

    /**
     * The activation 1 / (1 + e^-a), as {@link NDArray#sigmoid()} computes it: {@code 1 / (1 + np.exp(-a))}.
     *
     * @return the expression: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr sigmoid() {
        return unary(UnaryOp.SIGMOID);
    }

    /**
     * The activation a * Phi(a) with the error function, as {@link NDArray#gelu()} computes it: {@code a * 0.5 * (1 + scipy.special.erf(a / np.sqrt(2)))}.
     *
     * @return the expression: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr gelu() {
        return unary(UnaryOp.GELU);
    }

    /**
     * The activation a * sigmoid(a), as {@link NDArray#silu()} computes it: {@code a / (1 + np.exp(-a))}.
     *
     * @return the expression: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr silu() {
        return unary(UnaryOp.SILU);
    }

    /**
     * The activation log(1 + e^a), without overflow, as {@link NDArray#softplus()} computes it: {@code np.logaddexp(0, a)}.
     *
     * @return the expression: float32 stays float32, integers compute in float64
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr softplus() {
        return unary(UnaryOp.SOFTPLUS);
    }

    /**
     * Elementwise {@code a > b}, a bool expression for {@link #where}: {@code np.greater(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a > b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr gt(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.GT, node, b.node));
    }

    /**
     * Elementwise {@code a > b} with a constant (a weak scalar, NEP 50): {@code np.greater(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a > b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr gt(double b) {
        return new Expr(ExprNode.compare(CompareOp.GT, node, ExprNode.constant(node, b)));
    }

    /**
     * Elementwise {@code a >= b}, a bool expression for {@link #where}: {@code np.greater_equal(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a >= b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr ge(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.GE, node, b.node));
    }

    /**
     * Elementwise {@code a >= b} with a constant (a weak scalar, NEP 50): {@code np.greater_equal(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a >= b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr ge(double b) {
        return new Expr(ExprNode.compare(CompareOp.GE, node, ExprNode.constant(node, b)));
    }

    /**
     * Elementwise {@code a < b}, a bool expression for {@link #where}: {@code np.less(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a < b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr lt(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.LT, node, b.node));
    }

    /**
     * Elementwise {@code a < b} with a constant (a weak scalar, NEP 50): {@code np.less(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a < b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr lt(double b) {
        return new Expr(ExprNode.compare(CompareOp.LT, node, ExprNode.constant(node, b)));
    }

    /**
     * Elementwise {@code a <= b}, a bool expression for {@link #where}: {@code np.less_equal(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a <= b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr le(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.LE, node, b.node));
    }

    /**
     * Elementwise {@code a <= b} with a constant (a weak scalar, NEP 50): {@code np.less_equal(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a <= b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr le(double b) {
        return new Expr(ExprNode.compare(CompareOp.LE, node, ExprNode.constant(node, b)));
    }

    /**
     * Elementwise {@code a == b}, a bool expression for {@link #where}: {@code np.equal(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a == b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr eq(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.EQ, node, b.node));
    }

    /**
     * Elementwise {@code a == b} with a constant (a weak scalar, NEP 50): {@code np.equal(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a == b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr eq(double b) {
        return new Expr(ExprNode.compare(CompareOp.EQ, node, ExprNode.constant(node, b)));
    }

    /**
     * Elementwise {@code a != b}, a bool expression for {@link #where}: {@code np.not_equal(a, b)}.
     *
     * @param b the second operand; it broadcasts against this expression
     * @return the bool expression {@code a != b}
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    public Expr ne(Expr b) {
        Objects.requireNonNull(b, "b");
        return new Expr(ExprNode.compare(CompareOp.NE, node, b.node));
    }

    /**
     * Elementwise {@code a != b} with a constant (a weak scalar, NEP 50): {@code np.not_equal(a, 0.0)}.
     *
     * @param b the constant
     * @return the bool expression {@code a != b}
     * @throws IllegalArgumentException for a bool operand
     */
    public Expr ne(double b) {
        return new Expr(ExprNode.compare(CompareOp.NE, node, ExprNode.constant(node, b)));
    }

    /**
     * The dtype the expression evaluates to, as NumPy's ufunc chain would give it.
     *
     * @return the result's dtype ({@code bool} for a comparison)
     */
    public DType dtype() {
        return node.dtype();
    }

    /**
     * The broadcast shape of the expression's operands.
     *
     * @return a copy of the result's shape
     */
    public int[] shape() {
        return node.shape().clone();
    }

    /**
     * Evaluates the expression into a new array, reading its arrays as they are now.
     *
     * @return a new C-contiguous array of {@link #shape()} and {@link #dtype()}
     */
    public NDArray eval() {
        return FusedLoop.evaluate(node, null);
    }

    /**
     * Evaluates the expression into {@code out}, as the last ufunc's {@code out=} argument would:
     * {@code np.add(..., out=out)}. {@code out} may be one of the expression's arrays
     * ({@code x = exp(x) * 2} in place); an operand that overlaps it otherwise is copied first.
     *
     * @param out receives the result: writeable, of the broadcast shape (or one it broadcasts to), of a dtype
     *     the result casts to (same_kind)
     * @return {@code out}
     * @throws IllegalArgumentException when out's shape does not match ({@code non-broadcastable output operand
     *     with shape (3,) doesn't match the broadcast shape (2,3)}) or the result cannot be cast to its dtype
     * @throws IllegalStateException when out is read-only
     */
    public NDArray eval(NDArray out) {
        return FusedLoop.evaluate(node, Objects.requireNonNull(out, "out"));
    }

    private Expr binary(BinaryOp op, ExprNode b) {
        return new Expr(ExprNode.binary(op, node, b));
    }

    private Expr unary(UnaryOp op) {
        return new Expr(ExprNode.unary(op, node));
    }
}
