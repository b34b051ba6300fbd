package org.ndvec.linalg;

/**
 * NumPy's {@code numpy.linalg.LinAlgError} ({@code Singular matrix}, {@code Matrix is not positive
 * definite}, ...). An IllegalArgumentException, since NumPy's LinAlgError is a ValueError.
 */
public class LinAlgException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * With NumPy's message.
     *
     * @param message what NumPy's {@code LinAlgError} says, e.g. {@code Singular matrix}
     */
    public LinAlgException(String message) {
        super(message);
    }
}
