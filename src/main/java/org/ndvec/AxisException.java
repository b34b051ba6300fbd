package org.ndvec;

/**
 * NumPy's {@code AxisError}: an axis argument outside {@code [-ndim, ndim)}.
 * It is an {@link IllegalArgumentException}, as NumPy's is a {@code ValueError}.
 */
public final class AxisException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * {@code axis 2 is out of bounds for array of dimension 2}
     *
     * @param axis the axis as the caller gave it
     * @param ndim the number of dims of the array
     */
    public AxisException(int axis, int ndim) {
        super("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    /**
     * With the argument's name first, as NumPy reports it: {@code axis2: axis 2 is out of bounds ...}
     *
     * @param argument the parameter's name, e.g. {@code axis2}
     * @param axis the axis as the caller gave it
     * @param ndim the number of dims of the array
     */
    public AxisException(String argument, int axis, int ndim) {
        super(argument + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
    }
}
