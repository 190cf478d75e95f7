package org.pythebo.runtime.objects;

/**
 * An object whose attributes, where its type has none of the name, are another object's: a bound
 * method reads them from its function (CPython's method_getattro), so attributes set on a
 * function (functools' cache_clear, say) are seen through the methods it makes.
 */
public interface AttributeSource {
    /** The object the attributes that the type lacks come from. */
    Object attributeSource();
}
