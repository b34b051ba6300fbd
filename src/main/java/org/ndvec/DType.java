package org.ndvec;

import java.util.Objects;

/**
 * The element types of an {@link NDArray}, named as NumPy names them.
 *
 * <p>Storage per dtype: {@code FLOAT32 -> float[]}, {@code FLOAT64 -> double[]},
 * {@code INT32 -> int[]}, {@code INT64 -> long[]}, {@code BOOL -> byte[]} (0 or 1),
 * {@code STRING -> String[]} (never {@code null}: an empty element is {@code ""}).
 * NumPy's defaults hold: integers default to {@code INT64}, floats to {@code FLOAT64}.
 */
public enum DType {
    /** {@code np.bool_}: one byte, 0 or 1. */
    BOOL("bool", 1, Kind.BOOL, "|b1"),
    /** {@code np.int32}. */
    INT32("int32", 4, Kind.INTEGER, "<i4"),
    /** {@code np.int64}, the default integer type. */
    INT64("int64", 8, Kind.INTEGER, "<i8"),
    /** {@code np.float32}. */
    FLOAT32("float32", 4, Kind.FLOAT, "<f4"),
    /** {@code np.float64}, the default floating type. */
    FLOAT64("float64", 8, Kind.FLOAT, "<f8"),
    /**
     * NumPy's fixed-width unicode {@code <U}: each array has its own width in code points
     * ({@code np.array(['Alice', 'Bob'])} is {@code <U5}), reported by
     * {@link NDArray#dtypeDescr()} and {@link NDArray#itemsize()} ({@code 4 * width}). The
     * enum constant cannot know an array's width, so its {@link #itemsize()} is 0, its
     * {@link #descr()} is {@code <U0} (NumPy's {@code np.dtype(str).str}), and its text is
     * {@code <U}, as NumPy's {@code repr(np.dtype(str))} shows the unsized dtype; an array's own
     * text with its width is {@link NDArray#dtypeDescr()} ({@code <U5}). {@link #of} also takes
     * {@code "str"}, {@code "U"} and {@code "<U5"}, as {@code dtype=} does.
     */
    STRING("<U", 0, Kind.STRING, "<U0");

    /**
     * The broad kind of a dtype, as NumPy's {@code dtype.kind} groups them. The order is NumPy's
     * promotion order for weak (Python) scalars: a scalar of a later kind than an array's promotes it.
     */
    public enum Kind {
        /** {@code dtype.kind == 'b'}. */
        BOOL,
        /** {@code dtype.kind == 'i'}: int32 and int64. */
        INTEGER,
        /** {@code dtype.kind == 'f'}: float32 and float64. */
        FLOAT,
        /** {@code dtype.kind == 'U'}: fixed-width unicode strings. */
        STRING
    }

    private final String numpyName;
    private final int itemsize;
    private final Kind kind;
    private final String descr;

    DType(String numpyName, int itemsize, Kind kind, String descr) {
        this.numpyName = numpyName;
        this.itemsize = itemsize;
        this.kind = kind;
        this.descr = descr;
    }

    /**
     * Bytes per element. {@code np.dtype('float32').itemsize}. 0 for {@link #STRING}, whose
     * size belongs to each array: use {@link NDArray#itemsize()}.
     *
     * @return the element size in bytes (0 for {@link #STRING})
     */
    public int itemsize() {
        return itemsize;
    }

    /**
     * The broad kind (bool, integer, float, string).
     *
     * @return the kind this dtype belongs to
     */
    public Kind kind() {
        return kind;
    }

    /**
     * True for FLOAT32 and FLOAT64.
     *
     * @return whether this is a floating-point dtype
     */
    public boolean isFloating() {
        return kind == Kind.FLOAT;
    }

    /**
     * True for INT32 and INT64.
     *
     * @return whether this is an integer dtype
     */
    public boolean isInteger() {
        return kind == Kind.INTEGER;
    }

    /**
     * True for STRING.
     *
     * @return whether this is the string dtype
     */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    /**
     * True for BOOL.
     *
     * @return whether this is the bool dtype
     */
    public boolean isBool() {
        return kind == Kind.BOOL;
    }

    /**
     * The little-endian array-protocol type string, as in {@code np.dtype('float32').str == '<f4'}.
     *
     * @return the type string, e.g. {@code <f4}, {@code |b1}
     */
    public String descr() {
        return descr;
    }

    /**
     * NumPy's name for this dtype, e.g. {@code "float32"}, {@code "int64"}, {@code "bool"};
     * {@code str(np.dtype('float32'))}. {@code "<U"} for {@link #STRING} (no width: see there).
     */
    @Override
    public String toString() {
        return numpyName;
    }

    /**
     * Looks a dtype up by NumPy's name ({@code "float32"}, {@code "int64"}, {@code "bool"}, ...).
     * {@code np.dtype("float32")}
     *
     * @param name NumPy's name of the dtype
     * @return the dtype of that name
     * @throws IllegalArgumentException for a name ndvec does not support
     */
    public static DType of(String name) {
        Objects.requireNonNull(name, "name");
        for (DType t : values()) {
            if (t.numpyName.equals(name)) {
                return t;
            }
        }
        if (name.equals("str") || name.matches("<?U\\d*")) {
            return STRING; // dtype=str, 'U', '<U5': the width belongs to the array made with it
        }
        throw new IllegalArgumentException("data type '" + name + "' not understood");
    }
}
