package org.ndvec.strings;

import org.ndvec.NDArray;

/**
 * Categorical strings as integer codes, the pair scikit-learn's {@code LabelEncoder} keeps:
 * {@code classes, codes = np.unique(a, return_inverse=True)}.
 *
 * @param classes the distinct labels, sorted by code point (STRING, 1-d)
 * @param codes   INT64 with the input's shape; {@code classes[codes]} is the input
 */
public record LabelEncoding(NDArray classes, NDArray codes) {
    /**
     * The labels back: {@code classes[codes]}.
     *
     * @return a new string array of the shape of {@link #codes()}
     */
    public NDArray decode() {
        return StringOps.labelDecode(classes, codes);
    }
}
