package org.pythebo.modules._ast;

import java.util.List;

import org.pythebo.modules._ast.Asdl.Field;
import org.pythebo.modules._ast.Asdl.NodeType;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.objects.PyInstance;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The node classes of one interpreter, made as CPython makes them: ordinary classes (as a class
 * statement makes) deriving from {@link AstMethods#TYPE AST} or from their sum, with
 * {@code _fields}, {@code __match_args__}, {@code _attributes} and a None default for each
 * optional field; and the one instance of each operator and context class that parsed trees
 * share. Python code may change these classes (the Lib's ast module adds properties to
 * Constant), so each interpreter has its own.
 */
final class NodeClasses {
    /** The classes by {@link NodeType#index}. */
    private final PyType[] types = new PyType[Asdl.ALL.size()];
    /** The shared instance of each constructor of a simple sum, by index; null elsewhere. */
    private final PyInstance[] singletons = new PyInstance[Asdl.ALL.size()];

    private NodeClasses() {
        for (NodeType t : Asdl.ALL) {
            PyType base = t.sum == null ? AstMethods.TYPE : types[t.sum.index];
            types[t.index] = new PyType(PyType.TYPE, t.name, new PyType[] {base}, namespace(t));
            if (t.sum != null && t.sum.simple) {
                singletons[t.index] = new PyInstance(types[t.index]);
            }
        }
    }

    static NodeClasses of(Interpreter interp) {
        return interp.moduleState(NodeClasses.class, NodeClasses::new);
    }

    PyType type(NodeType t) {
        return types[t.index];
    }

    /** The shared instance of a constructor of a simple sum ({@code Load()}, {@code Add()}). */
    PyInstance singleton(NodeType t) {
        return singletons[t.index];
    }

    private static PyDict namespace(NodeType t) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "ast");
        PyTuple fields = names(t.fields);
        ns.setItem("_fields", fields);
        ns.setItem("__match_args__", fields);
        if (t.sum == null) {
            ns.setItem("_attributes", names(t.attributes));
        }
        for (Field f : t.fields) {
            if (f.optional()) {
                ns.setItem(f.name(), Singleton.NONE);
            }
        }
        if (t.sum == null) {
            for (Field f : t.attributes) {
                if (f.optional()) {
                    ns.setItem(f.name(), Singleton.NONE);
                }
            }
        }
        ns.setItem("__doc__", t.doc);
        return ns;
    }

    private static PyTuple names(List<Field> fields) {
        Object[] names = new Object[fields.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = fields.get(i).name();
        }
        return PyTuple.of(names);
    }
}
