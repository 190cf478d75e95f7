package org.pythebo.runtime.objects;

/**
 * An object of a built-in type whose subclasses' instances are its own objects ({@link PyType.Subclassing#OWN}) that
 * carries the {@code __slots__} cells of its Python subclass (see {@link PyMemberDescr}).
 */
public interface HasSlots {
    /** One cell per slot of the object's class, or null when it declares none. */
    Object[] slots();
}
