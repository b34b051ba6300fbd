package org.ndvec.jqwik;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * A configurable arbitrary of arrays, in the style of jqwik's own ({@code Arbitraries.doubles().between(0, 1)}):
 * every method returns a new arbitrary and leaves this one as it was.
 *
 * <pre>{@code
 * Arrays.float64s().finite().between(-1e3, 1e3).ranks(1, 3).layouts(Layout.NON_CONTIGUOUS)
 * Arrays.arrays().dtypes(DType.INT32, DType.INT64).sides(1, 4).unique()
 * Arrays.float32s().elements(Arbitraries.floats().between(0, 1)).writeable()
 * }</pre>
 *
 * <p>What it generates unless told otherwise ({@link Arrays#arrays()}; counts over 1,000 tries are
 * checked by {@code GeneratorDistributionProperties}):
 * <ul>
 *   <li>dtypes: float64, float32, int64, int32 and bool, equally often;</li>
 *   <li>ranks 0 to 3, a 0-d array about one time in ten; sides 0 to 5, a zero side about one in 25
 *       (at most 15% of arrays are empty);</li>
 *   <li>layouts: contiguous 1, Fortran 1, strided 2, reversed 2, broadcast 1 (weights), about one
 *       array in eight read-only besides the broadcast ones; at least half the arrays are not
 *       C-contiguous;</li>
 *   <li>values: small integers, short decimals within +-1000, magnitudes from 1e-30 to 1e30 and
 *       edge values (NaN, +-0, +-inf, +-MAX_VALUE, MIN_NORMAL, subnormals; MIN/MAX/0/-1 for integers),
 *       roughly 3:3:2:2.</li>
 * </ul>
 * Failures shrink toward fewer and shorter axes, C-contiguous layout, the first dtype listed,
 * and small integers.
 *
 * <p>Python's {@code hypothesis.extra.numpy.arrays(dtype, shape, elements=..., fill=..., unique=...)}
 * is the model; {@link #layouts} and {@link #readOnly()} go beyond it.
 */
public final class NDArrayArbitrary extends ArbitraryDecorator<NDArray> {
    /** ndvec's (and NumPy's) limit on the number of axes. */
    private static final int MAX_RANK = 32;
    /** One array in eight is made read-only on top of its layout when writeability is not asked. */
    private static final int READ_ONLY_WEIGHT = 1;
    /** Values for up to this many elements are drawn with the shape (the default 5x5x5 needs 125). */
    private static final int MAX_UP_FRONT = 256;

    private enum Writeability { ANY, WRITEABLE, READ_ONLY }

    private record Config(List<DType> dtypes, Arbitrary<?> elements, ElementConstraints constraints,
                          boolean unique, Arbitrary<?> fill, int minRank, int maxRank, int minSide, int maxSide,
                          Arbitrary<int[]> shapes, Set<Layout> layouts, Writeability writeability) {
    }

    private Config config;

    NDArrayArbitrary(List<DType> dtypes) {
        this.config = new Config(List.copyOf(dtypes), null, ElementConstraints.ANY, false, null,
                0, 3, 0, 5, null, EnumSet.allOf(Layout.class), Writeability.ANY);
    }

    private NDArrayArbitrary with(Function<Config, Config> change) {
        NDArrayArbitrary copy = typedClone();
        copy.config = change.apply(config);
        return copy;
    }

    private NDArrayArbitrary withConstraints(ElementConstraints c) {
        return with(k -> new Config(k.dtypes, k.elements, c, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, k.writeability));
    }

    /**
     * Only these dtypes, each equally often; failures shrink toward the first.
     *
     * @param dtypes the dtypes, at least one
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary dtypes(DType... dtypes) {
        return dtypes(List.of(dtypes));
    }

    /**
     * Only these dtypes, each equally often; failures shrink toward the first.
     *
     * @param dtypes the dtypes, at least one
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary dtypes(Collection<DType> dtypes) {
        if (dtypes.isEmpty()) {
            throw new IllegalArgumentException("at least one dtype is needed");
        }
        List<DType> list = List.copyOf(new java.util.LinkedHashSet<>(dtypes));
        return with(k -> new Config(list, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, k.writeability));
    }

    /**
     * Elements drawn from {@code elements} instead of the default mix (the bounds and NaN/inf
     * switches then do not apply). Each value must fit the dtype exactly, as in hypothesis:
     * {@code 0.1} is refused for float32, {@code 2.5} for int64, with an IllegalArgumentException.
     *
     * @param elements the arbitrary of element values, each exactly representable in the dtype
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary elements(Arbitrary<?> elements) {
        Objects.requireNonNull(elements, "elements");
        return with(k -> new Config(k.dtypes, elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, k.writeability));
    }

    /**
     * No NaN and no infinity.
     *
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary finite() {
        return withConstraints(config.constraints.finite());
    }

    /**
     * Whether NaN may appear among float elements (default: yes, unless bounds are set).
     *
     * @param allowed whether NaN may appear
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary allowNaN(boolean allowed) {
        return withConstraints(config.constraints.withNaN(allowed));
    }

    /**
     * Whether +-inf may appear among float elements (default: yes, where the bounds allow).
     *
     * @param allowed whether +inf and -inf may appear
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary allowInfinity(boolean allowed) {
        return withConstraints(config.constraints.withInfinity(allowed));
    }

    /**
     * Whether subnormal floats may appear (default: yes).
     *
     * @param allowed whether subnormal floats may appear
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary allowSubnormal(boolean allowed) {
        return withConstraints(config.constraints.withSubnormal(allowed));
    }

    /**
     * Whether edge values (extremes, +-0, the bounds) are mixed in (default: yes, one element in five).
     *
     * @param mixedIn whether edge values are mixed in
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary edgeValues(boolean mixedIn) {
        return withConstraints(config.constraints.withEdges(mixedIn));
    }

    /**
     * Elements in {@code [min, max]}; no NaN (re-allow it with {@link #allowNaN}), and +-inf only if a
     * bound is infinite. Integer dtypes use the integers in the range.
     *
     * @param min the lower bound, included
     * @param max the upper bound, included
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary between(double min, double max) {
        return withConstraints(config.constraints.between(min, max));
    }

    /**
     * Elements {@code >= min} (see {@link #between}).
     *
     * @param min the lower bound, included
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary greaterOrEqual(double min) {
        return between(min, config.constraints.max());
    }

    /**
     * Elements {@code <= max} (see {@link #between}).
     *
     * @param max the upper bound, included
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary lessOrEqual(double max) {
        return between(config.constraints.min(), max);
    }

    /**
     * All elements distinct ({@code np.unique(a).size == a.size}: -0.0 equals 0.0, NaNs count as one).
     * Arrays larger than the number of distinct values available cannot be generated
     * (a bool array of three elements, say): keep sides small enough.
     *
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary unique() {
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, true, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, k.writeability));
    }

    /**
     * Most elements equal one fill value drawn from {@code fill} per array, the others come
     * from the elements (hypothesis' {@code fill=}); not together with {@link #unique()}.
     *
     * @param fill the arbitrary of the fill value, one drawn per array
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary fill(Arbitrary<?> fill) {
        Objects.requireNonNull(fill, "fill");
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, k.writeability));
    }

    /**
     * Ranks (numbers of axes) from {@code min} to {@code max}, both included (default 0 to 3).
     *
     * @param min the fewest axes, at least 0
     * @param max the most axes, at least {@code min}
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary ranks(int min, int max) {
        if (min < 0 || max < min || max > MAX_RANK) {
            throw new IllegalArgumentException("ranks must satisfy 0 <= min <= max <= " + MAX_RANK + ", got " + min + ", " + max);
        }
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, min, max,
                k.minSide, k.maxSide, null, k.layouts, k.writeability));
    }

    /**
     * At least {@code min} axes.
     *
     * @param min the fewest axes, at least 0
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary minRank(int min) {
        return ranks(min, Math.max(min, config.maxRank));
    }

    /**
     * At most {@code max} axes.
     *
     * @param max the most axes
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary maxRank(int max) {
        return ranks(Math.min(config.minRank, max), max);
    }

    /**
     * Axis lengths from {@code min} to {@code max} (default 0 to 5, zero rare); {@code min >= 1} means never empty.
     *
     * @param min the shortest axis, at least 0
     * @param max the longest axis, at least {@code min}
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary sides(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("sides must satisfy 0 <= min <= max, got " + min + ", " + max);
        }
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                min, max, null, k.layouts, k.writeability));
    }

    /**
     * Axis lengths at least {@code min}.
     *
     * @param min the shortest axis, at least 0
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary minSide(int min) {
        return sides(min, Math.max(min, config.maxSide));
    }

    /**
     * Axis lengths at most {@code max}.
     *
     * @param max the longest axis
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary maxSide(int max) {
        return sides(Math.min(config.minSide, max), max);
    }

    /**
     * Always this shape.
     *
     * @param shape the dims; none for 0-d arrays
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary shape(int... shape) {
        int[] s = shape.clone();
        for (int d : s) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed");
            }
        }
        return shapes(Arbitraries.just(s));
    }

    /**
     * Shapes drawn from {@code shapes} (for instance {@link Shapes#broadcastableTo}) instead of ranks and sides.
     *
     * @param shapes the arbitrary of shapes
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary shapes(Arbitrary<int[]> shapes) {
        Objects.requireNonNull(shapes, "shapes");
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, shapes, k.layouts, k.writeability));
    }

    /**
     * Only these memory layouts (see {@link Layout}); failures shrink toward the first in enum order.
     *
     * @param layouts the layouts, at least one
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary layouts(Layout... layouts) {
        return layouts(List.of(layouts));
    }

    /**
     * Only these memory layouts, e.g. {@code layouts(Layout.NON_CONTIGUOUS)}.
     *
     * @param layouts the layouts, at least one
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary layouts(Collection<Layout> layouts) {
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("at least one layout is needed");
        }
        Set<Layout> set = EnumSet.copyOf(layouts);
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, set, k.writeability));
    }

    /**
     * Only writeable arrays: no broadcast layout, no read-only views.
     *
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary writeable() {
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, Writeability.WRITEABLE));
    }

    /**
     * Only read-only arrays ({@code a.flags.writeable == False}).
     *
     * @return a new arbitrary with this setting; this one is unchanged
     */
    public NDArrayArbitrary readOnly() {
        return with(k -> new Config(k.dtypes, k.elements, k.constraints, k.unique, k.fill, k.minRank, k.maxRank,
                k.minSide, k.maxSide, k.shapes, k.layouts, Writeability.READ_ONLY));
    }

    /**
     * None: jqwik would mix its edge cases of the parts (the first dtype, the first layout...) into
     * one try in five or more and skew every share documented above. The generator mixes in edge
     * shapes (0-d, empty, one element) and edge values itself, at those rates.
     */
    @Override
    public EdgeCases<NDArray> edgeCases(int maxEdgeCases) {
        return EdgeCases.none();
    }

    @Override
    protected Arbitrary<NDArray> arbitrary() {
        Config c = config;
        if (c.unique && c.fill != null) {
            throw new IllegalArgumentException("unique() and fill() cannot be combined: a fill value repeats");
        }
        List<Tuple2<Integer, Arbitrary<Layout>>> layouts = new ArrayList<>();
        for (Layout l : c.layouts) {
            if (l == Layout.BROADCAST && c.writeability == Writeability.WRITEABLE) {
                continue;
            }
            layouts.add(Tuple.of(layoutWeight(l), Arbitraries.just(l)));
        }
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("broadcast arrays are read-only: writeable() leaves no layout");
        }
        int readOnly = switch (c.writeability) {
            case ANY -> READ_ONLY_WEIGHT;
            case WRITEABLE -> 0;
            case READ_ONLY -> 8;
        };
        Arbitrary<int[]> shapes = c.shapes != null ? c.shapes : Shapes.of(c.minRank, c.maxRank, c.minSide, c.maxSide);
        int knobRank = c.shapes != null ? MAX_RANK : c.maxRank;
        Arbitrary<Layout> layoutChoice = Elements.weighted(layouts);
        Arbitrary<LayoutRecipe.Knobs> knobs = LayoutRecipe.knobs(Math.max(1, Math.min(knobRank, 8)), readOnly);
        int cap = valueCapacity(c);
        if (cap >= 0) {
            // Values drawn independently of the shape, the array taking the first ones it needs:
            // a smaller shape then keeps the values already shrunk, so a value-dependent failure
            // shrinks in shape and in values (with flatMap each smaller shape redrew its values).
            return Arbitraries.of(c.dtypes).flatMap(dtype -> Combinators.combine(
                            shapes, layoutChoice, knobs, values(c, dtype, cap))
                    .as((shape, layout, k, v) -> Plan.of(dtype, shape, layout, k).build(v)));
        }
        Arbitrary<Plan> plans = Combinators.combine(Arbitraries.of(c.dtypes), shapes, layoutChoice, knobs).as(Plan::of);
        return plans.flatMap(p -> values(c, p.dtype, p.distinct).map(p::build));
    }

    /**
     * How many values to draw up front when the largest array is small enough (at most
     * {@code MAX_UP_FRONT} elements) and values are independent; -1 otherwise (custom shapes,
     * unique or filled arrays draw exactly as many values as each array needs).
     */
    private static int valueCapacity(Config c) {
        if (c.shapes != null || c.unique || c.fill != null) {
            return -1;
        }
        long n = 1;
        for (int i = 0; i < c.maxRank; i++) {
            n *= c.maxSide;
            if (n > MAX_UP_FRONT) {
                return -1;
            }
        }
        return (int) n;
    }

    private static int layoutWeight(Layout l) {
        return l == Layout.STRIDED || l == Layout.REVERSED ? 2 : 1;
    }

    private static Arbitrary<List<Object>> values(Config c, DType dtype, int n) {
        @SuppressWarnings("unchecked")
        Arbitrary<Object> elements = (Arbitrary<Object>) (c.elements != null ? c.elements : Elements.of(dtype, c.constraints));
        if (c.fill != null) {
            @SuppressWarnings("unchecked")
            Arbitrary<Object> fill = (Arbitrary<Object>) c.fill;
            return fill.flatMap(f -> Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(f)), Tuple.of(1, elements))
                    .list().ofSize(n));
        }
        return c.unique ? elements.list().ofSize(n).uniqueElements(NDArrayArbitrary::uniqueKey)
                : elements.list().ofSize(n);
    }

    /** np.unique's notion of equal: -0.0 is 0.0 and every NaN is the same. */
    private static Object uniqueKey(Object v) {
        if (v instanceof Double d) {
            return d.isNaN() ? "nan" : d == 0 ? 0.0 : d;
        }
        if (v instanceof Float f) {
            return f.isNaN() ? "nan" : f == 0 ? 0.0 : (double) f;
        }
        if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
            return n.longValue();
        }
        return v;
    }

    /**
     * One array's plan: dtype, shape, layout recipe, and which base element each view element
     * reads. {@code distinct} elements are generated (fewer than the view's size when broadcast).
     */
    private record Plan(DType dtype, LayoutRecipe recipe, int baseSize, int[] slotOf, int distinct, boolean readOnly) {
        static Plan of(DType dtype, int[] shape, Layout layout, LayoutRecipe.Knobs knobs) {
            LayoutRecipe recipe = LayoutRecipe.of(shape, layout, padded(knobs, shape.length));
            int baseSize = 1;
            for (int d : recipe.baseShape()) {
                baseSize = Math.multiplyExact(baseSize, d);
            }
            long[] positions = recipe.cut().apply(Nd.arange(baseSize).reshape(recipe.baseShape())).toLongArray();
            int[] slotOf = new int[baseSize];
            java.util.Arrays.fill(slotOf, -1);
            int distinct = 0;
            for (long p : positions) {
                if (slotOf[(int) p] < 0) {
                    slotOf[(int) p] = distinct++;
                }
            }
            return new Plan(dtype, recipe, baseSize, slotOf, distinct, knobs.readOnly());
        }

        NDArray build(List<Object> values) {
            NDArray base = Storage.fill(dtype, recipe.baseShape(), baseSize, slotOf, values);
            NDArray v = recipe.cut().apply(base);
            return readOnly && v.isWriteable() ? v.broadcastTo(v.shape()) : v;
        }
    }

    /** Knobs for every axis of a rank: the generated per-axis knobs repeat when the rank exceeds them. */
    private static LayoutRecipe.Knobs padded(LayoutRecipe.Knobs k, int rank) {
        if (k.axes().size() >= rank) {
            return k;
        }
        List<LayoutRecipe.Axis> axes = new ArrayList<>(rank);
        for (int i = 0; i < rank; i++) {
            axes.add(k.axes().get(i % k.axes().size()));
        }
        return new LayoutRecipe.Knobs(axes, k.key(), k.transpose(), k.dropLeading(), k.readOnly());
    }
}
