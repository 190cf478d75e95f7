package org.pythebo.modules._random;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _random.Random}: a Mersenne Twister. random.Random derives from it (its instances are
 * then {@link PyValueInstance}s around one of these, and these methods receive the generator), and
 * SystemRandom overrides its methods in Python.
 *
 * <p>Thread safety: the generator locks itself for each draw, so a draw is atomic as under
 * CPython's GIL, and threads sharing a generator share one sequence.
 */
public final class PyRandom extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_random.Random", PyType.OBJECT, PyRandom.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "_random");
    }

    static final String __doc__ = "Random() -> create a random number generator with its own internal state.";

    private final MersenneTwister twister;

    private PyRandom(MersenneTwister twister) {
        this.twister = twister;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static MersenneTwister twister(Object self) {
        return ((PyRandom) self).twister;
    }

    /** Not seeded yet: {@code __init__} seeds, and a subclass that overrides it without calling it draws zeros. */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyRandom(MersenneTwister.unseeded());
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyException.typeError("Random() requires 0 or 1 argument");
        }
        return seed(ts, self, args.length == 0 ? Singleton.NONE : args[0]);
    }

    /**
     * {@code seed(n)}: None seeds from the system's entropy, an int by its absolute value, anything
     * else by its hash taken as a C size_t (a negative hash counts from 2**64); random.py turns
     * str and bytes into ints before this.
     */
    @PyMethod(value = "($self, n=None, /)", args = ArgStyle.UNPACK)
    public static Object seed(ThreadState ts, Object self, Object n) {
        MersenneTwister twister = twister(self);
        if (n == Singleton.NONE) {
            twister.seedFromEntropy();
            return null;
        }
        Object value = PyValueInstance.unwrap(n);
        BigInteger key = switch (value) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> new BigInteger(Long.toUnsignedString(Ops.hash(ts, n)));
        };
        twister.seed(key);
        return null;
    }

    @PyMethod("($self, /)")
    public static Object random(Object self) {
        return twister(self).random();
    }

    @PyMethod("($self, k, /)")
    public static Object getrandbits(Object self, int k) {
        MersenneTwister twister = twister(self);
        if (k >= 0 && k < Long.SIZE) {
            return twister.getrandbitsLong(k);
        }
        try {
            return Arith.norm(twister.getrandbits(k));
        } catch (IllegalArgumentException e) {
            throw PyException.valueError(e.getMessage());
        }
    }

    @PyMethod("($self, /)")
    public static Object getstate(Object self) {
        long[] state = twister(self).getState();
        Object[] items = new Object[state.length];
        for (int i = 0; i < state.length; i++) {
            items[i] = state[i];
        }
        return PyTuple.of(items);
    }

    /**
     * {@code setstate(state)}: a tuple of 624 words (C unsigned longs, of which the low 32 bits
     * count) and the position (a C long), converted in that order before any is stored.
     */
    @PyMethod("($self, state, /)")
    public static Object setstate(ThreadState ts, Object self, Object state) {
        if (!(PyValueInstance.unwrap(state) instanceof PyTuple tuple)) {
            throw PyException.typeError("state vector must be a tuple");
        }
        if (tuple.size() != MersenneTwister.STATE_WORDS + 1) {
            throw PyException.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.STATE_WORDS];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) Convert.asUnsignedLong(tuple.get(i));
        }
        long position = Convert.asLong(ts, tuple.get(MersenneTwister.STATE_WORDS));
        try {
            twister(self).setState(words, position);
        } catch (IllegalArgumentException e) {
            throw PyException.valueError(e.getMessage());
        }
        return null;
    }
}
