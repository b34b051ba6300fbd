package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;
import org.ndvec.kernels.UnaryOp;
import org.ndvec.layout.Broadcast;

/**
 * One node of a fused elementwise expression ({@code org.ndvec.Expr}). Its dtype and broadcast
 * shape are fixed when it is built, by the rules the same ufunc call would apply to arrays of the
 * operands' dtypes and shapes, so a bad expression fails where NumPy's ufunc chain would, with
 * NumPy's words, before anything is evaluated. A scalar constant is a 0-d {@link Leaf} whose dtype
 * NEP 50's weak-scalar rule picked from the operand it meets ({@link Scalars#of(DType, double)}).
 */
public sealed interface ExprNode {

    /** The dtype this node's values have: the ufunc's loop dtype, bool for comparisons. */
    DType dtype();

    /** The broadcast shape of this node's operands. */
    int[] shape();

    /** An array operand (or a constant, 0-d), read when the expression is evaluated. */
    record Leaf(NDArray array) implements ExprNode {
        @Override
        public DType dtype() {
            return array.dtype();
        }

        @Override
        public int[] shape() {
            return Internals.access().shape(array);
        }
    }

    /** {@code np.<op>(a)}. */
    record Unary(UnaryOp op, ExprNode a, DType dtype, int[] shape) implements ExprNode {
    }

    /** {@code np.<op>(a, b)}. */
    record Binary(BinaryOp op, ExprNode a, ExprNode b, DType dtype, int[] shape) implements ExprNode {
    }

    /** {@code np.<op>(a, b)} with a bool result, computed in dtype {@code loop}. */
    record Compare(CompareOp op, ExprNode a, ExprNode b, DType loop, int[] shape) implements ExprNode {
        @Override
        public DType dtype() {
            return DType.BOOL;
        }
    }

    /** {@code np.where(cond, x, y)}. */
    record Where(ExprNode cond, ExprNode x, ExprNode y, DType dtype, int[] shape) implements ExprNode {
    }

    /**
     * An array operand.
     *
     * @throws IllegalArgumentException for a dtype the numeric ufuncs have no loop for (strings)
     */
    static Leaf leaf(NDArray array) {
        Elementwise.requireNumeric("expr", array);
        return new Leaf(array);
    }

    /** A Python-float-like constant next to {@code other}: its dtype follows NEP 50's weak-scalar rule. */
    static Leaf constant(ExprNode other, double value) {
        return new Leaf(Scalars.of(other.dtype(), value));
    }

    /**
     * {@code np.<op>(a)}: transcendentals compute integers in float64, as NumPy does.
     *
     * @throws IllegalArgumentException for a bool operand (convert with astype first)
     */
    static Unary unary(UnaryOp op, ExprNode a) {
        DType in = arithmetic(op.ufunc(), a);
        DType loop = op.isFloatOnly() && in.isInteger() ? DType.FLOAT64 : in;
        return new Unary(op, a, loop, a.shape());
    }

    /**
     * {@code np.<op>(a, b)}.
     *
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    static Binary binary(BinaryOp op, ExprNode a, ExprNode b) {
        DType loop = Elementwise.binaryLoop(op, arithmetic(op.ufunc(), a), arithmetic(op.ufunc(), b));
        return new Binary(op, a, b, loop, Broadcast.shapes(a.shape(), b.shape()));
    }

    /**
     * {@code np.<op>(a, b)}, a bool result.
     *
     * @throws IllegalArgumentException when the shapes do not broadcast, or for a bool operand
     */
    static Compare compare(CompareOp op, ExprNode a, ExprNode b) {
        DType loop = Promotion.promote(arithmetic(op.ufunc(), a), arithmetic(op.ufunc(), b));
        return new Compare(op, a, b, loop, Broadcast.shapes(a.shape(), b.shape()));
    }

    /**
     * {@code np.where(cond, x, y)}.
     *
     * @throws IllegalArgumentException when cond is not bool, when the shapes do not broadcast, or
     *     for a bool x or y
     */
    static Where where(ExprNode cond, ExprNode x, ExprNode y) {
        if (cond.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("Expr where() takes a bool condition (a comparison), not dtype('"
                    + cond.dtype() + "')");
        }
        DType loop = Promotion.promote(arithmetic("where", x), arithmetic("where", y));
        return new Where(cond, x, y, loop, Broadcast.shapes(cond.shape(), x.shape(), y.shape()));
    }

    // ndvec's bool loops have rules of their own (bool - bool is an error, -bool too, bool * bool is
    // logical and); the expression API keeps to integer and float arithmetic and says so.
    private static DType arithmetic(String ufunc, ExprNode a) {
        if (a.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("Expr " + ufunc + " takes integer or float operands, not dtype('bool');"
                    + " convert with astype first");
        }
        return a.dtype();
    }

    /**
     * The expression evaluated op by op, each op a separate ufunc call that allocates its result:
     * what NumPy's chain does, and what the fused loop must equal bit for bit.
     */
    static NDArray unfused(ExprNode node) {
        return switch (node) {
            case Leaf l -> l.array();
            case Unary u -> Elementwise.unary(u.op(), 0, unfused(u.a()), null);
            case Binary b -> Elementwise.binary(b.op(), unfused(b.a()), unfused(b.b()), null);
            case Compare c -> Elementwise.compare(c.op(), unfused(c.a()), unfused(c.b()), null);
            case Where w -> Elementwise.where(unfused(w.cond()), unfused(w.x()), unfused(w.y()));
        };
    }
}
