package org.ndvec.format;

import org.ndvec.storage.Strings;

/**
 * NumPy's element format for {@code <U} arrays: Python's {@code repr} of each string
 * ({@code 'Bob'}, {@code "it's"}, {@code 'tab\t'}), unpadded, so columns of a 2-d string
 * array are not aligned ({@code [['a' 'bbb']\n ['cc' 'd']]}).
 */
final class StringFormat implements ElementFormat {
    @Override
    public String format(Object data, int index) {
        return Strings.pythonRepr(((String[]) data)[index]);
    }
}
